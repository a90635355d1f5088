// origin: review probe: a search client called with `{ query, timeout }` as its one request argument, the timeout from the environment
// category: data-api
// decorators: tc39
// expect: KP91044 SEARCH_TIMEOUT_MS|timeout
// why: the engine returns the hits found within the timeout, so the timeout shapes the answer (principle 2; the review of round 10).
import { memoize } from 'keyproof';

interface SearchClient { search(request: { query: string; timeout: number }): Promise<{ hits: string[] }> }
declare const searchClient: SearchClient;

const timeout = Number(process.env.SEARCH_TIMEOUT_MS ?? 300);

export const findDocs = memoize(
  async function findDocs(query: string): Promise<string[]> {
    const { hits } = await searchClient.search({ query, timeout });
    return hits;
  },
  { version: 'find-v1', ttl: '5m' },
);
