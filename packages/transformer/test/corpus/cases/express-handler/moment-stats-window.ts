// origin: shape of an Express analytics route ("last 7 days" stats, moment().subtract in the original controllers) calling a memoised warehouse query
// category: express-handler
// decorators: legacy
// expect: KP91020 from
import moment from 'moment';
import type { Request, Response } from 'express';
import { memoize } from 'keyproof';

export interface DailyStat { day: string; visits: number; signups: number }
interface Clickhouse { query<T>(sql: string, params: Record<string, string>): Promise<T[]> }

export class StatsService {
  constructor(private readonly ch: Clickhouse) {}

  @memoize({ ttl: '5m' })
  async dailyStats(siteId: string, from: string): Promise<DailyStat[]> {
    return this.ch.query<DailyStat>('select toDate(ts) day, count() visits, countIf(ev = {ev:String}) signups from events where site = {site:String} and ts >= {from:String} group by day', { site: siteId, from, ev: 'signup' });
  }
}

export const weeklyStats = (stats: StatsService) => async (req: Request<{ siteId: string }>, res: Response): Promise<void> => {
  const from = moment().subtract(7, 'days').toISOString();
  res.json(await stats.dailyStats(req.params.siteId, from));
};
