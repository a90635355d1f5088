// origin: shape of an Express API that keeps a request id in AsyncLocalStorage for its logs (never a verbatim copy)
// category: express-handler
// decorators: tc39
// expect: clean
// why: the AsyncLocalStorage store holds only the request id, which the memoised function uses in a log line and never sends upstream or returns; the tenant is a key parameter (principles 1 and 3).
import { AsyncLocalStorage } from 'node:async_hooks';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

export const requestLog = new AsyncLocalStorage<{ requestId: string; startedAt: number }>();

export function requestIdMiddleware(req: Request, _res: Response, next: NextFunction): void {
  const requestId = req.header('x-request-id') ?? crypto.randomUUID();
  requestLog.run({ requestId, startedAt: performance.now() }, () => next());
}

function log(message: string): void {
  const ctx = requestLog.getStore();
  const elapsed = ctx ? (performance.now() - ctx.startedAt).toFixed(1) : '-';
  console.info(`[${ctx?.requestId ?? 'no-request'}] +${elapsed}ms ${message}`);
}

export interface ShippingQuote {
  carrier: string;
  service: string;
  amountCents: number;
}

export const quoteShipping = memoize(
  async function quoteShipping(tenantId: string, fromZip: string, toZip: string, grams: number): Promise<ShippingQuote[]> {
    log(`quote ${fromZip}->${toZip} ${grams}g for ${tenantId}`);
    const res = await fetch('https://rates.shipping.example.com/v2/quotes', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ account: tenantId, from: fromZip, to: toZip, weight_g: grams }),
    });
    if (!res.ok) {
      log(`rates failed with ${res.status}`);
      throw new Error(`shipping rates: ${res.status}`);
    }
    return (await res.json()) as ShippingQuote[];
  },
  { version: 'ship-v2', ttl: '1h', cost: 0.003 },
);

export const shippingRouter = Router().post('/quotes', async (req: Request, res: Response) => {
  const body = req.body as { from: string; to: string; grams: number };
  const tenantId = req.header('x-tenant-id') ?? 'default';
  res.json(await quoteShipping(tenantId, body.from, body.to, body.grams));
});
