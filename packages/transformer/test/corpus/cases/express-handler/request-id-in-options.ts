// origin: shape of an Express search endpoint that forwards paging and the x-request-id header to a memoised search in one options object
// category: express-handler
// decorators: tc39
// expect: KP* requestId|opts
// why: the options object that is keyed carries the request id, so every request gets a fresh key (nothing more: request identity in the key)
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

interface SearchOptions {
  page: number;
  perPage: number;
  requestId: string;
}

interface Hit {
  id: string;
  title: string;
}

declare const searchApi: { query(q: string, page: number, perPage: number): Promise<Hit[]> };

const search = memoize(
  async function search(q: string, opts: SearchOptions): Promise<Hit[]> {
    return searchApi.query(q.trim(), opts.page, opts.perPage);
  },
  { ttl: '5m', cost: 0.0004 },
);

export const router = Router();

router.get('/search', async (req: Request, res: Response) => {
  const opts: SearchOptions = {
    page: Number(req.query.page ?? 1),
    perPage: 20,
    requestId: req.headers['x-request-id'] ?? 'none',
  };
  res.json(await search(req.query.q ?? '', opts));
});
