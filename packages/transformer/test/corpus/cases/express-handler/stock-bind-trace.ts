// origin: shape of an Express handler that pre-binds a trace id onto a pricing lookup with Function.prototype.bind (never a verbatim copy)
// category: express-handler
// decorators: tc39
// expect: KP91020|KP91021|KP91022 traceId
// why: `traceId` is a key parameter of the memoised lookup, and the handler binds a fresh randomUUID() into it for every request, so the key never repeats (principle 1).
import { randomUUID } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

export interface PartPrice {
  partNumber: string;
  supplier: string;
  unitCents: number;
  leadDays: number;
}

const SUPPLIER_API = 'https://b2b.parts-supplier.example.com/api/price';

/** Supplier price for one part; the trace id is forwarded so their support can find our calls. */
export const supplierPrice = memoize(
  async function supplierPrice(traceId: string, partNumber: string, quantity: number): Promise<PartPrice> {
    const res = await fetch(SUPPLIER_API, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-trace-id': traceId },
      body: JSON.stringify({ part: partNumber, qty: quantity }),
    });
    if (!res.ok) throw new Error(`supplier price ${partNumber}: ${res.status}`);
    return (await res.json()) as PartPrice;
  },
  { version: 'supplier-price-v1', ttl: '6h', cost: 0.01 },
);

export const partsRouter = Router().post('/bom/price', async (req: Request, res: Response) => {
  const lines = req.body as { partNumber: string; quantity: number }[];
  // one trace per BOM request, shared by every line
  const priceLine = supplierPrice.bind(null, randomUUID());
  const prices = await Promise.all(lines.map((l) => priceLine(l.partNumber, l.quantity)));
  const totalCents = prices.reduce((sum, p, i) => sum + p.unitCents * lines[i]!.quantity, 0);
  res.json({ prices, totalCents });
});
