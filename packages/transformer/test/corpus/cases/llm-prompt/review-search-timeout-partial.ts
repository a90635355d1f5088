// origin: review probe (round 10 rules): a search body's timeout from env: the engine answers partial hits when it runs out
// category: llm-prompt
// decorators: tc39
// expect: KP91044|KP91046 SEARCH_TIMEOUT
// why: a search body's timeout from env: the engine answers partial hits when it runs out (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
interface Search { search(body: { index: string; query: string; timeout: string }): Promise<{ hits: string[]; timed_out: boolean }> }
declare const es: Search;
export class Retrieval {
  @memoize({ version: 'rag-v1', ttl: '1h' })
  async context(question: string): Promise<string[]> {
    const r = await es.search({ index: 'docs', query: question, timeout: process.env.SEARCH_TIMEOUT ?? '500ms' });
    return r.hits;
  }
}
