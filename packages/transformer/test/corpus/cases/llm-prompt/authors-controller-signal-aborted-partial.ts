// origin: authors (reread of the round-11 review's fixes): a shutdown controller's signal checked between pages, the partial list returned
// category: llm-prompt
// decorators: tc39
// expect: KP91046 shutdown
// why: principle 2: once the module's controller aborts, the loop stops early and the partial list is cached under the full key; the signal decides what is returned, it does not only cancel.
import { memoize } from 'keyproof';

export const shutdown = new AbortController();

interface Page { items: string[]; next?: string }
interface Catalog { page(category: string, cursor?: string): Promise<Page> }
declare const catalog: Catalog;

export class Titles {
  @memoize()
  async all(category: string): Promise<string[]> {
    const out: string[] = [];
    let cursor: string | undefined;
    do {
      if (shutdown.signal.aborted) break;
      const page = await catalog.page(category, cursor);
      out.push(...page.items);
      cursor = page.next;
    } while (cursor !== undefined);
    return out;
  }
}
