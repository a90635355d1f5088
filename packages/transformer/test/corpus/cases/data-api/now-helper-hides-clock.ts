// origin: shape of a market-data client whose "as of" timestamp comes from a small nowIso() helper in a utils module (the clock read hidden one call away)
// category: data-api
// decorators: tc39
// expect: KP91020 asOf
import { memoize } from 'keyproof';

function nowIso(): string {
  return new Date().toISOString();
}

export interface Candle { symbol: string; open: number; close: number; asOf: string }
interface MarketApi { candle(symbol: string, asOf: string): Promise<{ o: number; c: number }> }

export class MarketData {
  constructor(private readonly api: MarketApi) {}

  @memoize({ ttl: '1m' })
  async candle(symbol: string, asOf: string): Promise<Candle> {
    const { o, c } = await this.api.candle(symbol, asOf);
    return { symbol, open: o, close: c, asOf };
  }

  async latest(symbol: string): Promise<Candle> {
    return this.candle(symbol.toUpperCase(), nowIso());
  }
}
