// origin: shape of an analytics query client that reads its warehouse region and dataset from an imported JSON config file (your own writing, never a verbatim copy)
// category: data-api
// decorators: tc39
// expect: KP* config|region|warehouse
// why: nothing less: the imported config object (a JSON module, mutable and environment-specific) chooses the region and dataset the query runs against, and none of it is keyed, excluded or acknowledged
import config from './analytics.config.json';
import { memoize } from 'keyproof';

interface Warehouse {
  query<T>(req: { region: string; sql: string; params: unknown[]; maxRows: number }): Promise<T[]>;
}

declare const warehouse: Warehouse;

export interface DailyActive {
  day: string;
  users: number;
}

export const dailyActiveUsers = memoize(
  async function dailyActiveUsers(product: string, fromDay: string, toDay: string): Promise<DailyActive[]> {
    const { region, dataset } = config.warehouse;
    const sql = `SELECT day, COUNT(DISTINCT user_id) AS users FROM \`${dataset}.events\` WHERE product = ? AND day BETWEEN ? AND ? GROUP BY day ORDER BY day`;
    return warehouse.query<DailyActive>({ region, sql, params: [product, fromDay, toDay], maxRows: config.maxRows });
  },
  { version: 'dau-v1', ttl: '1d', cost: 0.05 },
);
