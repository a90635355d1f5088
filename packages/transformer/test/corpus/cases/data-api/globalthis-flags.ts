// origin: shape of a data client that switches API version from a feature-flag object hung on globalThis by the host app (your own writing)
// category: data-api
// decorators: tc39
// expect: KP* featureFlags|useV2Search
// why: `globalThis.featureFlags` is ambient mutable state; read with `?.` and `??` it picks the upstream endpoint but is not keyed (nothing less)
import { memoize } from 'keyproof';

declare global {
  // eslint-disable-next-line no-var
  var featureFlags: { useV2Search?: boolean; maxResults?: number } | undefined;
}

interface SearchHttp { get<T>(url: string): Promise<T> }
export interface Hit { id: string; score: number }

export class RecordSearch {
  constructor(private readonly http: SearchHttp) {}

  @memoize({ version: 'rs-v1', ttl: '5m', cost: 0.0001 })
  async search(query: string): Promise<Hit[]> {
    const v2 = globalThis.featureFlags?.useV2Search ?? false;
    const limit = globalThis.featureFlags?.maxResults ?? 25;
    const base = v2 ? 'https://search.example.com/v2/records' : 'https://search.example.com/v1/records';
    return this.http.get<Hit[]>(`${base}?q=${encodeURIComponent(query)}&limit=${limit}`);
  }
}
