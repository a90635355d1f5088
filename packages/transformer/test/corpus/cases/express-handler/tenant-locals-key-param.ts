// origin: shape of an Express app whose auth middleware puts the tenant on res.locals for the handlers (never a verbatim copy)
// category: express-handler
// decorators: legacy
// expect: clean
// why: the tenant id read from the request header by the middleware reaches the memoised method as the parameter `tenantId`, which is in the key; the request id is excluded with @notKey (principles 1 and 2).
import { Router, type NextFunction, type Request, type Response } from 'express';
import { memoize, notKey } from 'keyproof';

export function tenantFromHeader(req: Request, res: Response, next: NextFunction): void {
  const tenant = req.header('x-tenant-id');
  if (!tenant) {
    res.status(400).json({ error: 'x-tenant-id required' });
    return;
  }
  res.locals.tenantId = tenant.toLowerCase();
  res.locals.requestId = req.header('x-request-id') ?? 'none';
  next();
}

export interface Recommendation {
  productId: string;
  score: number;
}

interface RecsApi {
  post<T>(path: string, body: unknown, headers: Record<string, string>): Promise<T>;
}

export class Recommendations {
  constructor(private readonly api: RecsApi) {}

  @memoize({ version: 'recs-v2', ttl: '30m', cost: 0.002 })
  async similar(tenantId: string, productId: string, limit = 10, @notKey('support correlation') requestId = 'none'): Promise<Recommendation[]> {
    const { items } = await this.api.post<{ items: Recommendation[] }>(
      `/tenants/${encodeURIComponent(tenantId)}/similar`,
      { product_id: productId, limit },
      { 'x-request-id': requestId },
    );
    return items;
  }
}

export function recommendationRoutes(recs: Recommendations) {
  return Router().get('/products/:id/similar', tenantFromHeader, async (req: Request<{ id: string }>, res: Response) => {
    const tenantId = String(res.locals.tenantId);
    const limit = Math.min(Number(req.query.limit ?? 10), 50);
    res.json(await recs.similar(tenantId, req.params.id, limit, String(res.locals.requestId)));
  });
}
