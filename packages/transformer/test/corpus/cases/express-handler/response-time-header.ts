// origin: shape of an Express route that reports its own latency (X-Response-Time from Date.now()/performance.now()) around a memoised catalogue read
// category: express-handler
// decorators: tc39
// expect: clean
import { performance } from 'node:perf_hooks';
import type { Request, Response } from 'express';
import { memoize } from 'keyproof';

export interface Category { id: string; name: string; parentId: string | null }
interface CatalogApi { categories(locale: string, depth: number): Promise<Category[]> }

export class CategoryTree {
  constructor(private readonly api: CatalogApi) {}

  @memoize({ ttl: '10m' })
  async tree(locale: string, depth = 3): Promise<Category[]> {
    return this.api.categories(locale, depth);
  }
}

export const categoriesRoute = (tree: CategoryTree) => async (req: Request, res: Response): Promise<void> => {
  const t0 = performance.now();
  const requestedAt = Date.now();
  const locale = typeof req.query['locale'] === 'string' ? req.query['locale'] : 'en';
  const categories = await tree.tree(locale);
  res.set('X-Response-Time', `${(performance.now() - t0).toFixed(1)}ms`).set('X-Served-At', String(requestedAt)).json(categories);
};
