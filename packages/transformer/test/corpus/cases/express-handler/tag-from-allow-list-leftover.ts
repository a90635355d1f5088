// origin: shape of an Express inventory route whose service keys on the sku alone (JSDoc allow-list) and tags entries with the warehouse the request came through
// category: express-handler
// decorators: tc39
// expect: KP91061 warehouse
// why: @cacheKey sku makes sku the whole key; warehouse only reaches a log line and is not a key field, so a tag from it labels a shared entry with the first caller's warehouse
import { Router, type Request, type Response } from 'express';
import { memoize, tag } from 'keyproof';

interface StockLevel {
  sku: string;
  available: number;
}

declare const inventory: { level(sku: string): Promise<StockLevel> };

export class Stock {
  /**
   * @cacheKey sku
   */
  @memoize({ id: 'stock.level', ttl: '2m', tags: ({ sku, warehouse }) => [tag('sku', sku), tag('warehouse', warehouse)] })
  async level(sku: string, warehouse: string): Promise<StockLevel> {
    console.debug(`stock ${sku} via ${warehouse}`);
    const l = await inventory.level(sku);
    return { sku: l.sku, available: l.available };
  }
}

const stock = new Stock();
export const router = Router();
router.get('/stock/:sku', async (req: Request, res: Response) => {
  res.json(await stock.level(req.params.sku, req.header('x-warehouse') ?? 'main'));
});
