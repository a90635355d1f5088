// origin: shape of an Express inventory endpoint with a module-level memoised SKU lookup behind a bearer-token client (your own writing, never a verbatim copy)
// category: express-handler
// decorators: tc39
// expect: clean
// why: the client is a service built once at module level (its token is a credential, not identity); the request id and the clock are read only for logs and a latency metric
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

const INVENTORY_URL = 'https://inventory.example.com/api/v3';

class InventoryClient {
  constructor(private readonly baseUrl: string, private readonly token: string) {}
  async get<T>(path: string): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, { headers: { Authorization: `Bearer ${this.token}`, Accept: 'application/json' } });
    if (!res.ok) throw new Error(`inventory ${res.status}`);
    return (await res.json()) as T;
  }
}

const inventory = new InventoryClient(INVENTORY_URL, process.env.INVENTORY_TOKEN ?? '');
const latency: number[] = [];

export const lookupSku = memoize(
  async function lookupSku(sku: string, warehouse: string) {
    const t0 = performance.now();
    const item = await inventory.get<{ sku: string; onHand: number; reserved: number }>(`/warehouses/${warehouse}/items/${encodeURIComponent(sku)}`);
    latency.push(performance.now() - t0);
    return { sku: item.sku, available: Math.max(0, item.onHand - item.reserved) };
  },
  { version: 'inv-v1', ttl: '30s', cost: 0.00005 },
);

export const inventoryRouter = Router().get('/stock/:warehouse/:sku', async (req: Request, res: Response) => {
  console.info(`[${req.id ?? req.header('x-request-id') ?? '-'}] stock lookup`);
  res.json(await lookupSku(req.params.sku.toUpperCase(), req.params.warehouse));
});
