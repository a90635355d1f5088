// origin: review probe: ids fetched in configured batches, the batches returned as pages (the cut itself is in the answer)
// category: data-api
// decorators: tc39
// expect: KP91044 PAGE
// why: the answer is the list of pages, each PAGE long, so the width is the answer's shape (principle 2).
import { memoize } from 'keyproof';

const PAGE = Number(process.env.EXPORT_PAGE ?? 25);

export const exportPages = memoize(
  async function exportPages(ids: string[]): Promise<unknown[][]> {
    const pages: unknown[][] = [];
    for (let i = 0; i < ids.length; i += PAGE) {
      const res = await fetch(`https://crm.internal/v2/contacts?ids=${ids.slice(i, i + PAGE).join(',')}`);
      pages.push((await res.json()) as unknown[]);
    }
    return pages;
  },
  { version: 'pages-v1', ttl: '1h' },
);
