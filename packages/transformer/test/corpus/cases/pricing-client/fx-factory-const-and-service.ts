// origin: shape of an FX lookup factory that takes an HTTP client and memoises rate lookups against a module constant base currency
// category: pricing-client
// decorators: legacy
// expect: clean
// why: the closure captures a service (http) and module constants only; the quote currency is the key
import { memoize } from 'keyproof';

const BASE_CCY = 'EUR';
const FX_URL = 'https://fx.example.com/v1/latest';

export interface HttpLike {
  getJson<T>(url: string, query: Record<string, string>): Promise<T>;
}

export function createFxLookup(http: HttpLike) {
  const rate = memoize(
    async function rate(quote: string): Promise<number> {
      const body = await http.getJson<{ rates: Record<string, number> }>(FX_URL, { base: BASE_CCY, symbols: quote });
      const r = body.rates[quote];
      if (r === undefined) throw new Error(`no rate for ${quote}`);
      return r;
    },
    { ttl: '1h', cost: 0.0001 },
  );

  return {
    rate,
    async convert(amountCents: number, quote: string): Promise<number> {
      return Math.round(amountCents * (await rate(quote)));
    },
  };
}
