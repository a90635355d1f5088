// origin: shape of an Express search endpoint proxying a paid listings API with URLSearchParams (never a verbatim copy)
// category: express-handler
// decorators: legacy
// expect: KP91048 sort
// why: the @cacheKey allow-list names `query` and `page` only, but the body also puts `sort` into the upstream query string, so two sort orders would share one entry (principle 2).
import { Router, type Request, type Response } from 'express';
import { cacheKey, memoize, notKey } from 'keyproof';

export interface Listing {
  id: string;
  title: string;
  priceCents: number;
  postedAt: string;
}

type SortOrder = 'relevance' | 'newest' | 'price_asc' | 'price_desc';

const LISTINGS_API = 'https://api.listings.example.com/v3/search';
const PAGE_SIZE = 25;

export class ListingSearch {
  constructor(private readonly apiKey: string) {}

  @memoize({ version: 'listings-v3', ttl: '15m', cost: 0.004 })
  async search(
    @cacheKey query: string,
    @cacheKey page: number,
    sort: SortOrder,
    @notKey('trace header only') requestId: string,
  ): Promise<Listing[]> {
    const params = new URLSearchParams();
    params.set('q', query);
    params.set('limit', String(PAGE_SIZE));
    params.set('offset', String((page - 1) * PAGE_SIZE));
    params.append('sort', sort);
    const res = await fetch(`${LISTINGS_API}?${params.toString()}`, {
      headers: { 'x-api-key': this.apiKey, 'x-request-id': requestId },
    });
    if (!res.ok) throw new Error(`listings search failed: ${res.status}`);
    const body = (await res.json()) as { results: Listing[] };
    return body.results;
  }
}

export function listingRoutes(search: ListingSearch) {
  return Router().get('/listings', async (req: Request, res: Response) => {
    const q = req.query.q ?? '';
    const page = Number(req.query.page ?? '1');
    const sort = (req.query.sort ?? 'relevance') as SortOrder;
    res.json(await search.search(q, page, sort, req.header('x-request-id') ?? 'none'));
  });
}
