// origin: review probe: rows sorted with a module-level Intl.Collator's compare (passed as the comparator)
// category: data-api
// decorators: tc39
// expect: clean
// why: the collator is built once from literals and holds no state; sorting by it depends only on the rows (nothing more).
import { memoize } from 'keyproof';

const byName = new Intl.Collator('en', { sensitivity: 'base' });

interface Author { id: string; name: string }

export const authors = memoize(
  async function authors(team: string): Promise<Author[]> {
    const res = await fetch(`https://people.internal/v1/teams/${team}/authors`);
    const rows = (await res.json()) as Author[];
    return rows.sort((a, b) => byName.compare(a.name, b.name));
  },
  { version: 'authors-v1', ttl: '1h' },
);
