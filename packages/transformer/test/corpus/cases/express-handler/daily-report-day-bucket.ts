// origin: shape of an Express dashboard endpoint asking a memoised analytics query for today's report, keyed by the calendar day
// category: express-handler
// decorators: tc39
// expect: clean
// why: the handler passes a clock quantised to a day (toISOString().slice(0, 10)), which is a time bucket, not a per-call value
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

interface DailyReport {
  team: string;
  day: string;
  signups: number;
  churned: number;
}

declare const warehouse: { run<T>(sql: string, params: unknown[]): Promise<T[]> };

const dailyReport = memoize(
  async function dailyReport(team: string, day: string): Promise<DailyReport> {
    const [row] = await warehouse.run<{ signups: number; churned: number }>(
      'select signups, churned from daily_team_stats where team = $1 and day = $2',
      [team, day],
    );
    return { team, day, signups: row?.signups ?? 0, churned: row?.churned ?? 0 };
  },
  { ttl: '1d', cost: 0.03 },
);

export const dashboard = Router();

dashboard.get('/teams/:team/today', async (req: Request<{ team: string }>, res: Response) => {
  const day = new Date().toISOString().slice(0, 10);
  res.json(await dailyReport(req.params.team, day));
});
