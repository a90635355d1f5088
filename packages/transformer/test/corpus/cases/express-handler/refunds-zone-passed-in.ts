// origin: shape of an Express reporting route backed by a cached daily-refunds service that turns a calendar day into a time range
// category: express-handler
// decorators: tc39
// expect: KP91020 zone
// why: written blind as clean (the handler passes the zone in: query string, else the process default); corrected in round 6 to the corpus's per-process decision: the process's default time zone in a key splits a shared store by process unless the key says so (`@cacheKey zone` in the doc comment confirms it), so the build fails naming zone.
import { Router, type NextFunction, type Request, type Response } from 'express';
import { DateTime } from 'luxon';
import { memoize } from 'keyproof';

export interface RefundsStore {
  refundedBetween(accountId: string, fromIso: string, toIso: string): Promise<{ amount: number; count: number }>;
}

function processZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function zonedStartOfDay(day: string, zone: string): DateTime {
  return DateTime.fromISO(day, { zone }).startOf('day');
}

function refundWindow(day: string, zone: string): { from: string; to: string } {
  const start = zonedStartOfDay(day, zone);
  const end = start.plus({ days: 1 });
  return { from: start.toISO() ?? day, to: end.toISO() ?? day };
}

export interface DailyRefunds {
  accountId: string;
  day: string;
  zone: string;
  amount: number;
  refunds: number;
}

export class DailyRefundReport {
  constructor(private readonly refunds: RefundsStore) {}

  @memoize({ version: 'daily-refunds-v1', ttl: '1h' })
  async refundsFor(accountId: string, day: string, zone: string): Promise<DailyRefunds> {
    const { from, to } = refundWindow(day, zone);
    const sum = await this.refunds.refundedBetween(accountId, from, to);
    return { accountId, day, zone, amount: sum.amount, refunds: sum.count };
  }
}

export function refundsRouter(report: DailyRefundReport): Router {
  const router = Router();
  router.get(
    '/accounts/:accountId/refunds/:day',
    async (
      req: Request<{ accountId: string; day: string }, unknown, { tz?: string }>,
      res: Response,
      next: NextFunction,
    ) => {
      try {
        const zone = req.query.tz ?? processZone();
        res.json(await report.refundsFor(req.params.accountId, req.params.day, zone));
      } catch (err) {
        next(err);
      }
    },
  );
  return router;
}
