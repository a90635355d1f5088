// origin: shape of an older market-data helper that forwards its arguments through the arguments object (your own writing, never a verbatim copy)
// category: data-api
// decorators: legacy
// expect: clean
// why: everything read through `arguments` is the function's own key parameters; the endpoint and defaults are constants and the HTTP client is a module-level service
import { memoize } from 'keyproof';

const MARKET_API = 'https://marketdata.example.com/v2';
const DEFAULT_INTERVAL = '1d';

interface Http {
  getJson<T>(url: string): Promise<T>;
}

declare const http: Http;

export const candles = memoize(
  async function candles(symbol: string, interval: string, limit: number): Promise<[number, number, number, number][]> {
    const args = Array.from(arguments) as [string, string, number];
    const [sym, ivl = DEFAULT_INTERVAL, lim] = args;
    console.debug('candles', ...args);
    const url = `${MARKET_API}/candles?symbol=${encodeURIComponent(sym.toUpperCase())}&interval=${ivl}&limit=${Math.min(lim, 1000)}`;
    return http.getJson<[number, number, number, number][]>(url);
  },
  { version: 'cdl-v1', ttl: '5m', cost: 0.0001 },
);
