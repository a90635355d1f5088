// origin: shape of an Express product route that stamps each upstream catalog request with a running request number (own writing)
// category: express-handler
// decorators: tc39
// expect: KP* requestNo|servedCount
// why: the module-level `let servedCount` persists for the life of the process, so `++servedCount` passed straight into the keyed `requestNo` parameter differs on every request and the cache can never hit.
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

export interface ProductCard {
  sku: string;
  title: string;
  priceCents: number;
}

interface CatalogHttp {
  getJson<T>(path: string, headers: Record<string, string>): Promise<T>;
}

let servedCount = 0;

export class CatalogLookup {
  constructor(private readonly http: CatalogHttp) {}

  @memoize({ version: 'catalog-v2', ttl: '15m', cost: 0.0004 })
  async productCard(sku: string, requestNo: number): Promise<ProductCard> {
    return this.http.getJson<ProductCard>(`/v2/products/${encodeURIComponent(sku)}`, {
      'x-request-no': String(requestNo),
    });
  }
}

export function catalogRouter(lookup: CatalogLookup) {
  const router = Router();
  router.get('/products/:sku', async (req: Request<{ sku: string }>, res: Response) => {
    const card = await lookup.productCard(req.params.sku.toUpperCase(), ++servedCount);
    res.json(card);
  });
  return router;
}
