// origin: shape of an analytics API that queries a BigQuery-style warehouse with limits from a JSON config (never a verbatim copy)
// category: data-api
// decorators: tc39
// expect: clean
// why: the imported config still fills the query through the helper, but the method states it with @cacheKey, and the job timeout from the environment only bounds how long the warehouse may take (principles 2 and 3).
import analyticsConfig from '../config/analytics.config.json';
import { memoize } from 'keyproof';

export interface MetricPoint { day: string; value: number }

interface WarehouseQuery {
  sql: string;
  location: string;
  params: Record<string, string | number>;
  timeoutMs: number;
}

const JOB_TIMEOUT_MS = Number(process.env.WAREHOUSE_JOB_TIMEOUT_MS ?? 30_000);

function buildDailyMetricQuery(metric: string, fromDay: string, toDay: string): WarehouseQuery {
  const { dataset, region } = analyticsConfig.warehouse;
  return {
    sql:
      `SELECT day, SUM(value) AS value FROM \`${dataset}.daily_metrics\` ` +
      `WHERE metric = @metric AND day BETWEEN @from AND @to GROUP BY day ORDER BY day LIMIT @limit`,
    location: region,
    params: { metric, from: fromDay, to: toDay, limit: analyticsConfig.maxRows },
    timeoutMs: JOB_TIMEOUT_MS,
  };
}

interface WarehouseClient {
  query(q: WarehouseQuery): Promise<{ rows: { day: string; value: number }[] }>;
}

export class MetricsApi {
  constructor(private readonly warehouse: WarehouseClient) {}

  /**
   * Daily totals of one metric between two days (inclusive).
   * @cacheKey analyticsConfig
   */
  @memoize({ version: 'daily-metric-v2', ttl: '1h', cost: 0.05 })
  async daily(metric: string, fromDay: string, toDay: string): Promise<MetricPoint[]> {
    const query = buildDailyMetricQuery(metric, fromDay, toDay);
    const { rows } = await this.warehouse.query(query);
    return rows.map((r) => ({ day: r.day, value: Number(r.value) }));
  }
}
