// origin: review probe: the W3C traceparent of the current request, from AsyncLocalStorage, forwarded as a header (TRAVEL_HEADER, right side)
// category: express-handler
// decorators: tc39
// expect: clean
// why: the trace header only says which call this is; the stock level answered is the same (nothing more).
import { AsyncLocalStorage } from 'node:async_hooks';
import { Router } from 'express';
import { memoize } from 'keyproof';

export const traceStore = new AsyncLocalStorage<{ traceparent: string }>();

export const stockLevel = memoize(
  async function stockLevel(sku: string): Promise<number> {
    const trace = traceStore.getStore();
    const res = await fetch(`https://inventory.internal/v1/stock/${sku}`, {
      headers: { traceparent: trace?.traceparent ?? '' },
    });
    return ((await res.json()) as { available: number }).available;
  },
  { version: 'stock-v1', ttl: '30s', cost: 0.0001 },
);

export const router = Router();
router.get('/stock/:sku', async (req, res) => {
  const traceparent = String(req.headers['traceparent'] ?? '');
  await traceStore.run({ traceparent }, async () => {
    res.json({ available: await stockLevel(req.params.sku ?? '') });
  });
});
