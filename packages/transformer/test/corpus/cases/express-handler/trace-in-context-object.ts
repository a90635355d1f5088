// origin: shape of an Express inventory route passing a small lookup context object (with the trace id) into a memoised module-level function (your own writing)
// category: express-handler
// decorators: tc39
// expect: KP* traceId|ctx
// why: the whole `ctx` object is keyed, and its `traceId` comes from the request's x-request-id header: a per-call value in the key (nothing more)
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

interface LookupContext { warehouse: string; sku: string; traceId: string }

interface InventoryApi { stockLevel(warehouse: string, sku: string, headers: Record<string, string>): Promise<number> }
declare const inventoryApi: InventoryApi;

export const stockLevel = memoize(
  async function stockLevel(ctx: LookupContext): Promise<{ sku: string; available: number }> {
    const available = await inventoryApi.stockLevel(ctx.warehouse, ctx.sku, { 'x-trace-id': ctx.traceId });
    return { sku: ctx.sku, available };
  },
  { ttl: '1m', cost: 0.0001 },
);

export const stock = Router();

stock.get('/stock/:warehouse/:sku', async (req: Request<{ warehouse: string; sku: string }>, res: Response) => {
  const { warehouse, sku } = req.params;
  const traceId = req.headers['x-request-id'] ?? `local-${Math.random().toString(36).slice(2)}`;
  const ctx: LookupContext = { warehouse, sku, traceId };
  res.json(await stockLevel(ctx));
});
