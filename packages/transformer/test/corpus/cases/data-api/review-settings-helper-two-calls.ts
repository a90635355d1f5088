// origin: review probe: a settings helper called twice in one memoised body, the first call only for its timeout, the second for the index (unusedByCaller judges only the first call)
// category: data-api
// decorators: tc39
// expect: KP91044|KP91046 SEARCH_INDEX
// why: the index name from process.env picks which documents are searched and the body sends it upstream, so the environment shapes the answer (principle 2).
import { memoize } from 'keyproof';

function searchSettings() {
  return {
    timeoutMs: Number(process.env.SEARCH_TIMEOUT_MS ?? 3000),
    index: process.env.SEARCH_INDEX ?? 'products',
  };
}

export interface Hit { id: string; score: number }

export class ProductSearch {
  @memoize({ version: 'search-v1', ttl: '10m', cost: 0.001 })
  async search(q: string): Promise<Hit[]> {
    const transport = searchSettings();
    const signal = AbortSignal.timeout(transport.timeoutMs);
    const target = searchSettings();
    const res = await fetch(`https://search.internal/${target.index}/_search?q=${encodeURIComponent(q)}`, { signal });
    return ((await res.json()) as { hits: Hit[] }).hits;
  }
}
