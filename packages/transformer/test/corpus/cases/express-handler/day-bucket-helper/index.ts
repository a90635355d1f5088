// origin: shape of an Express reporting route that keys a daily sales summary on a day bucket computed in a helper module (your own writing)
// category: express-handler
// decorators: tc39
// expect: clean
// why: `day` comes from `utcDay()`, a clock quantised to a day where it is written (a time bucket, not per-call); the rest are request parameters passed in as key fields
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';
import { utcDay } from './buckets';

interface SalesWarehouse { query(sql: string, params: unknown[]): Promise<{ total: number; orders: number }[]> }
declare const warehouse: SalesWarehouse;

export const dailySales = memoize(
  async function dailySales(storeId: string, day: string): Promise<{ total: number; orders: number }> {
    const rows = await warehouse.query('select sum(total) as total, count(*) as orders from sales where store_id = $1 and day = $2', [storeId, day]);
    return rows[0] ?? { total: 0, orders: 0 };
  },
  { ttl: '1h', cost: 0.02 },
);

export const reports = Router();

reports.get('/stores/:id/sales/today', async (req: Request<{ id: string }>, res: Response) => {
  res.json(await dailySales(req.params.id, utcDay()));
});
