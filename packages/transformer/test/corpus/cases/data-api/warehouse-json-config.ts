// origin: shape of an analytics data API that queries the warehouse named in a JSON config file (never a verbatim copy)
// category: data-api
// decorators: tc39
// expect: KP91046 analyticsConfig
// why: the imported config file decides which dataset and region the query runs against and caps the rows returned; it is module data from a file, not a parameter, and nothing decides it (principle 2).
import analyticsConfig from './config/analytics.config.json';
import { memoize } from 'keyproof';

interface Warehouse {
  query<Row>(sql: string, options: { location: string; params: Record<string, unknown> }): Promise<Row[]>;
}

export interface DailyActive {
  day: string;
  users: number;
}

export class EngagementApi {
  constructor(private readonly warehouse: Warehouse) {}

  /** Dashboard tiles ask for the same ranges dozens of times a minute. */
  @memoize({ version: 'dau-v2', ttl: '1h', cost: 0.005 })
  async dailyActive(product: string, fromDay: string, toDay: string): Promise<DailyActive[]> {
    const { region, dataset } = analyticsConfig.warehouse;
    const rows = await this.warehouse.query<{ day: string; users: number }>(
      `SELECT day, COUNT(DISTINCT user_id) AS users
         FROM \`${dataset}.events\`
        WHERE product = @product AND day BETWEEN @from AND @to
        GROUP BY day ORDER BY day
        LIMIT ${analyticsConfig.maxRows}`,
      { location: region, params: { product, from: fromDay, to: toDay } },
    );
    return rows.map((r) => ({ day: r.day, users: r.users }));
  }
}
