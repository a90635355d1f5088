// origin: shape of an analytics API that queries a BigQuery-style warehouse with limits from a JSON config (never a verbatim copy)
// category: data-api
// decorators: tc39
// expect: KP91046 analyticsConfig
// why: the query builder helper fills in the dataset and row limit from the imported config object, and the returned query is what the warehouse runs, so the config shapes the answer undecided (principle 2).
import analyticsConfig from '../config/analytics.config.json';
import { memoize } from 'keyproof';

export interface MetricPoint { day: string; value: number }

interface WarehouseQuery {
  sql: string;
  location: string;
  params: Record<string, string | number>;
}

/** Builds the parametrised query; kept apart so it can be unit-tested without a warehouse. */
function buildDailyMetricQuery(metric: string, fromDay: string, toDay: string): WarehouseQuery {
  const { dataset, region } = analyticsConfig.warehouse;
  return {
    sql:
      `SELECT day, SUM(value) AS value FROM \`${dataset}.daily_metrics\` ` +
      `WHERE metric = @metric AND day BETWEEN @from AND @to GROUP BY day ORDER BY day LIMIT @limit`,
    location: region,
    params: { metric, from: fromDay, to: toDay, limit: analyticsConfig.maxRows },
  };
}

interface WarehouseClient {
  query(q: WarehouseQuery): Promise<{ rows: { day: string; value: number }[] }>;
}

export class MetricsApi {
  constructor(private readonly warehouse: WarehouseClient) {}

  @memoize({ version: 'daily-metric-v2', ttl: '1h', cost: 0.05 })
  async daily(metric: string, fromDay: string, toDay: string): Promise<MetricPoint[]> {
    const query = buildDailyMetricQuery(metric, fromDay, toDay);
    const { rows } = await this.warehouse.query(query);
    return rows.map((r) => ({ day: r.day, value: Number(r.value) }));
  }
}
