// origin: shape of an Express API that stores the tenant in AsyncLocalStorage from a middleware (never a verbatim copy)
// category: express-handler
// decorators: tc39
// expect: KP91046 tenantContext
// why: the memoised lookup reads the tenant from the AsyncLocalStorage store and sends it upstream as a query parameter, with no @cacheKey/@excludeFromKey decision (principle 2).
import { AsyncLocalStorage } from 'node:async_hooks';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

interface TenantContext {
  tenantId: string;
  requestId: string;
}

export const tenantContext = new AsyncLocalStorage<TenantContext>();

/** Mounted first in app.ts: every later handler runs inside the tenant's context. */
export function tenantMiddleware(req: Request, _res: Response, next: NextFunction): void {
  const tenantId = req.header('x-tenant-id') ?? 'default';
  const requestId = req.header('x-request-id') ?? crypto.randomUUID();
  tenantContext.run({ tenantId, requestId }, () => next());
}

export interface StockLevel {
  sku: string;
  warehouse: string;
  onHand: number;
}

const INVENTORY_URL = 'https://inventory.internal.example.com/v1/stock';

export const stockFor = memoize(
  async function stockFor(sku: string): Promise<StockLevel[]> {
    const ctx = tenantContext.getStore();
    const params = new URLSearchParams({ sku, tenant: ctx?.tenantId ?? 'default' });
    const res = await fetch(`${INVENTORY_URL}?${params}`);
    if (!res.ok) throw new Error(`inventory ${sku}: ${res.status}`);
    return (await res.json()) as StockLevel[];
  },
  { version: 'stock-v1', ttl: '2m', cost: 0.0001 },
);

export const inventoryRouter = Router().get('/stock/:sku', async (req: Request<{ sku: string }>, res: Response) => {
  const levels = await stockFor(req.params.sku);
  res.json({ sku: req.params.sku, levels });
});
