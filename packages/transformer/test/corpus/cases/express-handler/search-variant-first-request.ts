// origin: shape of an Express storefront search gateway in front of a ranking service with A/B variants (never a verbatim copy)
// category: express-handler
// decorators: tc39
// expect: KP91040 rankingVariant
// why: the ranking variant is taken from the first request's header and kept on the gateway, then sent with every search; it asks for a different ordering and depends on which request came first (principles 2 and 5, a header that asks, captured once).
import type { NextFunction, Request, Response } from 'express';
import { memoize } from 'keyproof';

export interface SearchHit {
  sku: string;
  title: string;
  score: number;
}

const RANKING_URL = 'https://ranking.internal.example.com/v3/search';

export class SearchGateway {
  private rankingVariant: string | undefined;

  /** The edge sets x-ranking-variant per deployment slot; adopt it once we see it. */
  adoptVariant(header: string | undefined): void {
    if (!this.rankingVariant && header) this.rankingVariant = header;
  }

  @memoize({ version: 'search-v2', ttl: '10m', cost: 0.0003 })
  async search(query: string, page: number): Promise<SearchHit[]> {
    const params = new URLSearchParams({ q: query, page: String(page), variant: this.rankingVariant ?? 'control' });
    const res = await fetch(`${RANKING_URL}?${params}`);
    if (!res.ok) throw new Error(`ranking ${res.status}`);
    return ((await res.json()) as { hits: SearchHit[] }).hits;
  }
}

export const gateway = new SearchGateway();

export function variantMiddleware(req: Request, _res: Response, next: NextFunction): void {
  gateway.adoptVariant(req.get('x-ranking-variant'));
  next();
}

export async function searchRoute(req: Request<Record<string, string>, unknown, { q?: string; page?: string }>, res: Response): Promise<void> {
  res.json(await gateway.search(req.query.q ?? '', Number(req.query.page ?? 1)));
}
