// origin: review probe: a module AbortController for graceful shutdown that cuts a paging loop short, the partial list returned (cancelsOnly by type)
// category: queue-worker
// decorators: tc39
// expect: KP91046 shutdown
// why: once shutdown fires the loop stops and the pages fetched so far are returned and cached as the full answer, so module state shapes the answer (principle 2).
import { memoize } from 'keyproof';

export const shutdown = new AbortController();
process.once('SIGTERM', () => shutdown.abort());

interface Page { items: string[]; next?: string }

export class FeedIndexer {
  @memoize({ version: 'feed-ids-v1', ttl: '30m', cost: 0.002 })
  async allIds(feed: string): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | undefined = '';
    while (cursor !== undefined) {
      if (shutdown.signal.aborted) break;
      const res = await fetch(`https://feeds.example/${feed}?cursor=${cursor}`);
      const page = (await res.json()) as Page;
      ids.push(...page.items);
      cursor = page.next;
    }
    return ids;
  }
}
