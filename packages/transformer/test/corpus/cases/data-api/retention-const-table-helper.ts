// origin: shape of a warehouse metrics wrapper whose module maps dataset names to tables through a constant lookup and an enum
// category: data-api
// decorators: legacy
// expect: clean
// why: the table helper reads only an `as const` object, a const prefix and an enum besides its own parameters, so nothing outside the key shapes the SQL.
import { memoize, notKey } from 'keyproof';

export interface RetentionWarehouse {
  query<T>(sql: string, params: unknown[]): Promise<T[]>;
}

export enum CohortGrain {
  Week = 'week',
  Month = 'month',
}

const WAREHOUSE_SCHEMA = 'analytics';

const RETENTION_TABLES = {
  web: 'web_sessions_v3',
  mobile: 'app_sessions_v2',
  api: 'api_calls_v1',
} as const;

export type RetentionSource = keyof typeof RETENTION_TABLES;

function retentionTable(source: RetentionSource, grain: CohortGrain): string {
  const suffix = grain === CohortGrain.Week ? 'weekly' : 'monthly';
  return `${WAREHOUSE_SCHEMA}.${RETENTION_TABLES[source]}_${suffix}`;
}

export interface RetentionRow {
  cohort: string;
  period: number;
  retained: number;
}

export class RetentionApi {
  constructor(private readonly warehouse: RetentionWarehouse) {}

  @memoize({ version: 'retention-v2', ttl: '12h', cost: 0.02 })
  async cohortRetention(
    source: RetentionSource,
    grain: CohortGrain,
    cohortStart: string,
    @notKey requestId: string,
  ): Promise<RetentionRow[]> {
    console.info(`[retention] request ${requestId}: ${source}/${grain} from ${cohortStart}`);
    return this.warehouse.query<RetentionRow>(
      `SELECT cohort, period, retained FROM ${retentionTable(source, grain)} WHERE cohort >= ? ORDER BY cohort, period`,
      [cohortStart],
    );
  }
}
