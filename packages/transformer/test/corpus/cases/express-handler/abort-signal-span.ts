// origin: shape of an Express search endpoint whose service takes an AbortSignal and a tracing span
// category: express-handler
// decorators: legacy
// expect: clean
// why: the signal and span are excluded with reasons and used only for cancellation and tracing; the key is query and page
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

interface Span {
  setAttribute(key: string, value: string | number): void;
  end(): void;
}

interface Hit {
  id: string;
  score: number;
}

export class SearchService {
  /**
   * Full-text search against the vendor index.
   * @excludeFromKey signal cancellation only, never changes the answer
   * @excludeFromKey span tracing only
   */
  @memoize({ version: 'search-v2', ttl: '5m', cost: 0.0008 })
  async search(query: string, page: number, signal: AbortSignal, span: Span): Promise<Hit[]> {
    span.setAttribute('search.page', page);
    const url = `https://search.vendor.example.com/v1/query?q=${encodeURIComponent(query)}&page=${page}`;
    const res = await fetch(url, { signal });
    const body = (await res.json()) as { hits: Hit[] };
    span.setAttribute('search.hits', body.hits.length);
    span.end();
    return body.hits;
  }
}

const noopSpan: Span = { setAttribute() {}, end() {} };
const service = new SearchService();
export const router = Router();

router.get('/search', async (req: Request, res: Response) => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 3_000);
  try {
    res.json(await service.search(req.query.q ?? '', Number(req.query.page ?? 1), controller.signal, noopSpan));
  } finally {
    clearTimeout(timer);
  }
});
