// origin: shape of an Express storefront search gateway forwarding request ids to a ranking service (never a verbatim copy)
// category: express-handler
// decorators: tc39
// expect: clean
// why: the request id is excluded with a reason and only travels as a correlation header; the user agent is a literal field (principle 3, headers that travel); the query and page are the key.
import type { Request, Response } from 'express';
import { memoize } from 'keyproof';

export interface SearchHit {
  sku: string;
  title: string;
  score: number;
}

const RANKING_URL = 'https://ranking.internal.example.com/v3/search';

export class SearchGateway {
  private readonly userAgent = 'storefront-search/5.1';

  /**
   * One page of ranked results.
   * @excludeFromKey requestId correlation header only; the ranking service logs it
   */
  @memoize({ version: 'search-v2', ttl: '10m', cost: 0.0003 })
  async search(query: string, page: number, requestId: string): Promise<SearchHit[]> {
    const params = new URLSearchParams({ q: query, page: String(page) });
    const res = await fetch(`${RANKING_URL}?${params}`, {
      headers: { 'user-agent': this.userAgent, 'x-request-id': requestId },
    });
    if (!res.ok) throw new Error(`ranking ${res.status} (request ${requestId})`);
    return ((await res.json()) as { hits: SearchHit[] }).hits;
  }
}

export const gateway = new SearchGateway();

export async function searchRoute(req: Request<Record<string, string>, unknown, { q?: string; page?: string }>, res: Response): Promise<void> {
  const requestId = req.get('x-request-id') ?? req.id ?? '';
  res.json(await gateway.search(req.query.q ?? '', Number(req.query.page ?? 1), requestId));
}
