// origin: shape of a market-data API wrapper that draws down a premium credit budget and reports what is left with each request (own writing)
// category: data-api
// decorators: tc39
// expect: KP* creditsLeft|premiumCreditsLeft
// why: on the premium branch of the conditional, `--this.premiumCreditsLeft` yields a value that shrinks on every call, and it is passed as the keyed parameter `creditsLeft`.
import { memoize } from 'keyproof';

interface MarketDataHttp {
  get<T>(path: string, query: Record<string, string | number>): Promise<T>;
}

export interface DailyBar {
  date: string;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

export class MarketDataClient {
  private premiumCreditsLeft = 5000;

  constructor(
    private readonly http: MarketDataHttp,
    private readonly premium: boolean,
  ) {}

  async dailyBars(symbol: string, from: string, to: string): Promise<DailyBar[]> {
    return this.fetchBars(symbol.toUpperCase(), from, to, this.premium ? --this.premiumCreditsLeft : 0);
  }

  @memoize({ version: 'bars-v1', ttl: '12h', cost: 0.0005 })
  async fetchBars(symbol: string, from: string, to: string, creditsLeft: number): Promise<DailyBar[]> {
    return this.http.get<DailyBar[]>('/v2/aggs/daily', { symbol, from, to, credits_hint: creditsLeft });
  }
}
