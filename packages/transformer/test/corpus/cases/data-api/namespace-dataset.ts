// origin: shape of an analytics query client that keeps the active warehouse dataset in a namespace
// category: data-api
// decorators: tc39
// expect: KP* dataset|Warehouse
// why: Warehouse.dataset is an exported namespace `let` that use() switches; it is interpolated into the upstream SQL but not keyed
import { memoize } from 'keyproof';

export namespace Warehouse {
  export const project = 'acme-analytics';
  export let dataset = 'prod_events';

  export function use(name: string): void {
    dataset = name;
  }

  export function table(name: string): string {
    return `\`${project}.${dataset}.${name}\``;
  }
}

interface QueryApi {
  run<T>(sql: string, params: Record<string, string | number>): Promise<T[]>;
}

export class FunnelQueries {
  constructor(private readonly bq: QueryApi) {}

  @memoize({ version: 'funnel-v2', ttl: '1d', cost: 0.05 })
  async dailySignups(fromDay: string, toDay: string): Promise<{ day: string; signups: number }[]> {
    const sql = `SELECT day, COUNT(*) AS signups FROM ${Warehouse.table('signups')} WHERE day BETWEEN @from AND @to GROUP BY day ORDER BY day`;
    return this.bq.run<{ day: string; signups: number }>(sql, { from: fromDay, to: toDay });
  }
}
