// origin: shape of an Express reporting route backed by a cached daily-sales service that turns a calendar day into a time range
// category: express-handler
// decorators: tc39
// expect: KP* serverZone|resolvedOptions|timeZone
// why: totalsFor() calls dayBounds(), which calls serverZone(), which reads the process's default time zone from Intl; that zone moves the range sent to the store and has no key decision.
import { Router, type NextFunction, type Request, type Response } from 'express';
import { DateTime } from 'luxon';
import { memoize } from 'keyproof';

export interface OrdersStore {
  sumBetween(accountId: string, fromIso: string, toIso: string): Promise<{ total: number; count: number }>;
}

function serverZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function dayBounds(day: string): { from: string; to: string } {
  const start = DateTime.fromISO(day, { zone: serverZone() }).startOf('day');
  const end = start.plus({ days: 1 });
  return { from: start.toISO() ?? day, to: end.toISO() ?? day };
}

export interface DailySales {
  accountId: string;
  day: string;
  total: number;
  orders: number;
}

export class DailySalesReport {
  constructor(private readonly orders: OrdersStore) {}

  @memoize({ version: 'daily-sales-v1', ttl: '1h' })
  async totalsFor(accountId: string, day: string): Promise<DailySales> {
    const { from, to } = dayBounds(day);
    const sum = await this.orders.sumBetween(accountId, from, to);
    return { accountId, day, total: sum.total, orders: sum.count };
  }
}

export function salesRouter(report: DailySalesReport): Router {
  const router = Router();
  router.get(
    '/accounts/:accountId/sales/:day',
    async (req: Request<{ accountId: string; day: string }>, res: Response, next: NextFunction) => {
      try {
        res.json(await report.totalsFor(req.params.accountId, req.params.day));
      } catch (err) {
        next(err);
      }
    },
  );
  return router;
}
