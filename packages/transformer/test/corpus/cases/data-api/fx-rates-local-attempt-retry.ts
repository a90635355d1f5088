// origin: shape of an FX-rates API client with a small retry loop, a process-wide call tally and a failure count in its error message (own writing)
// category: data-api
// decorators: tc39
// expect: clean
// why: `attempt` is a local `let` that restarts at 0 on every call (so the keyed `attempt` values 1..3 repeat across calls), `FxRatesClient.totalCalls += 1;` is a statement, and `++this.failures` only reaches an error message.
import { memoize } from 'keyproof';

interface RatesHttp {
  get<T>(path: string, query: Record<string, string>): Promise<T>;
}

export interface FxTable {
  base: string;
  day: string;
  rates: Record<string, number>;
}

export class FxRatesClient {
  static totalCalls = 0;
  private failures = 0;

  constructor(private readonly http: RatesHttp) {}

  async ratesWithRetry(base: string, day: string): Promise<FxTable> {
    FxRatesClient.totalCalls += 1;
    let attempt = 0;
    let lastError: unknown;
    while (attempt < 3) {
      attempt++;
      try {
        return await this.fetchRates(base.toUpperCase(), day, attempt);
      } catch (err) {
        lastError = err;
      }
    }
    throw new Error(`fx rates for ${base} on ${day} unavailable (failure #${++this.failures})`, { cause: lastError });
  }

  @memoize({ version: 'fx-v1', ttl: '1d', cost: 0.0002 })
  async fetchRates(base: string, day: string, attempt: number): Promise<FxTable> {
    const body = await this.http.get<{ rates: Record<string, number> }>(`/v1/rates/${day}`, { base, attempt: String(attempt) });
    return { base, day, rates: body.rates };
  }
}
