// origin: review probe: a ky/got-style client whose post(url, options) takes the JSON body inside the options, with a timeout from the environment beside it
// category: data-api
// decorators: tc39
// expect: clean
// why: the timeout only bounds how long the call may take; the body is under `json`, so the timeout asks nothing (principle 3: travel).
import { memoize } from 'keyproof';

const SEARCH_TIMEOUT_MS = Number(process.env.SEARCH_TIMEOUT_MS ?? 3000);

const http = {
  async post<T>(url: string, options: { json: unknown; timeout?: number }): Promise<T> {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify(options.json), signal: AbortSignal.timeout(options.timeout ?? 10_000) });
    return (await res.json()) as T;
  },
};

export const searchProducts = memoize(
  async function searchProducts(query: string): Promise<string[]> {
    return http.post<string[]>('https://search.internal/v1/products', { json: { query, size: 20 }, timeout: SEARCH_TIMEOUT_MS });
  },
  { version: 'search-products-v1', ttl: '5m' },
);
