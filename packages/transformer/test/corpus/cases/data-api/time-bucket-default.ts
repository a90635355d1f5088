// origin: shape of an exchange-rate client whose key parameter defaults to today's date through a helper documented as a deliberate time bucket (@timeBucket day): one entry per day, the same rule as a call site passing todayUtc()
// category: data-api
// decorators: tc39
// expect: clean
// key: day
import { memoize } from 'keyproof';

export interface Rates { base: string; day: string; rates: Record<string, number> }

/**
 * The current UTC day (YYYY-MM-DD): rates are published once a day.
 * @timeBucket day
 */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

const RATES_API = 'https://api.frankfurter.app';

export class RatesClient {
  @memoize({ ttl: '25h' })
  async rates(base: string, day: string = todayUtc()): Promise<Rates> {
    const res = await fetch(`${RATES_API}/${day}?from=${encodeURIComponent(base)}`);
    return { base, day, rates: ((await res.json()) as { rates: Record<string, number> }).rates };
  }
}
