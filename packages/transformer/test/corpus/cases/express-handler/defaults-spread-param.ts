// origin: shape of an Express search route that merges caller options over constant defaults inside a memoised function (your own writing)
// category: express-handler
// decorators: legacy
// expect: clean
// why: the merged options come from frozen defaults and the `options` parameter (a key field); the handler passes request values as arguments, not captures
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

interface SearchOptions { limit: number; fuzzy: boolean; lang: string }
interface SearchBackend { query(q: string, opts: SearchOptions): Promise<{ id: string; title: string }[]> }

const SEARCH_DEFAULTS: Readonly<SearchOptions> = Object.freeze({ limit: 20, fuzzy: true, lang: 'en' });

export function searchRoutes(backend: SearchBackend) {
  const search = memoize(
    async function search(q: string, options: Partial<SearchOptions> = {}): Promise<{ id: string; title: string }[]> {
      const merged: SearchOptions = { ...SEARCH_DEFAULTS, ...options };
      merged.limit = Math.min(merged.limit, 100);
      return backend.query(q.trim(), merged);
    },
    { ttl: '5m', cost: 0.0001 },
  );

  const router = Router();
  router.get('/search', async (req: Request, res: Response) => {
    const options: Partial<SearchOptions> = {};
    if (req.query.limit) options.limit = Number(req.query.limit);
    if (req.query.lang) options.lang = req.query.lang;
    res.set('cache-control', 'private, max-age=60');
    res.json(await search(req.query.q ?? '', options));
  });
  return router;
}
