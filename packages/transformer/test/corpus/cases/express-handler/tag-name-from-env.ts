// origin: shape of an Express search API whose tag names are built from an environment prefix
// category: express-handler
// decorators: tc39
// expect: KP* TAG_PREFIX
// why: the tag name is not a string literal (it is built from process.env), so no invalidation can be checked against it
import { Router, type Request, type Response } from 'express';
import { memoize, tag } from 'keyproof';

const TAG_PREFIX = process.env['TAG_PREFIX'] ?? 'app';

interface SearchHit {
  id: string;
  title: string;
}

declare const searchIndex: { query(q: string, index: string): Promise<SearchHit[]> };

export class SearchService {
  @memoize({ id: 'search.query', ttl: '5m', tags: ({ index }) => [tag(`${TAG_PREFIX}:index`, index)] })
  async query(q: string, index: string): Promise<SearchHit[]> {
    const hits = await searchIndex.query(q, index);
    return hits.map((h) => ({ id: h.id, title: h.title }));
  }
}

const search = new SearchService();
export const router = Router();
router.get('/search/:index', async (req: Request, res: Response) => {
  res.json(await search.query(String(req.query['q'] ?? ''), req.params.index));
});
