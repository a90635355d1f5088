// origin: shape of an Express router factory that memoises search queries for the index prefix it was built with (your own writing, never a verbatim copy)
// category: express-handler
// decorators: tc39
// expect: KP* indexPrefix
// why: nothing less: the memoised closure captures the factory parameter indexPrefix and uses it to choose the upstream index, but the key only holds q and size
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

export interface SearchClient {
  query(index: string, q: string, opts: { hitsPerPage: number }): Promise<{ hits: { objectID: string; title: string; price: number }[] }>;
}

export function productSearchRoutes(client: SearchClient, indexPrefix: string) {
  const router = Router();

  const runQuery = memoize(
    async function runQuery(q: string, size: number) {
      const res = await client.query(`${indexPrefix}_products`, q, { hitsPerPage: size });
      return res.hits.map((h) => ({ id: h.objectID, title: h.title, price: h.price }));
    },
    { version: 'ps-v1', ttl: '5m', cost: 0.0001 },
  );

  router.get('/search', async (req: Request, res: Response) => {
    const q = String(req.query.q ?? '').trim();
    const size = Math.min(Number(req.query.size ?? 20), 50);
    res.json({ results: await runQuery(q, size) });
  });

  return router;
}
