// origin: shape of a hexagonal Express app: the route depends on a SearchPort interface, the memoised adapter implements it; all arguments identify the work
// category: express-handler
// decorators: legacy
// expect: clean
import type { Request, Response } from 'express';
import { memoize } from 'keyproof';

export interface SearchResult { total: number; hits: { id: string; title: string }[] }
export interface SearchPort { search(index: string, q: string, page: number): Promise<SearchResult> }
interface Meili { index(name: string): { search(q: string, opts: { offset: number; limit: number }): Promise<{ estimatedTotalHits: number; hits: { id: string; title: string }[] }> } }

export class MeiliSearchAdapter implements SearchPort {
  constructor(private readonly meili: Meili) {}

  @memoize({ ttl: '30s' })
  async search(index: string, q: string, page: number): Promise<SearchResult> {
    const r = await this.meili.index(index).search(q, { offset: (page - 1) * 20, limit: 20 });
    return { total: r.estimatedTotalHits, hits: r.hits };
  }
}

export const searchRoute = (port: SearchPort) => async (req: Request, res: Response): Promise<void> => {
  const q = String(req.query['q'] ?? '').trim().toLowerCase();
  const page = Number(req.query['page'] ?? '1') || 1;
  res.json(await port.search('articles', q, page));
};
