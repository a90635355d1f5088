// origin: shape of a warehouse query wrapper that excludes the nested trace and audit fields by their full paths and keys on the dataset loaded from a JSON config
// category: data-api
// decorators: tc39
// expect: clean
// key: this.dataset
// why: the exclusion paths exist and their values are only logged; the dataset read from the JSON config at load time sits in a field marked @cacheKey.
import config from './analytics.config.json';
import { cacheKey, memoize } from 'keyproof';

export interface ReportQuery {
  sql: string;
  params: readonly (string | number)[];
  meta: { traceId: string; requestedBy: string };
}

export type ReportRow = Record<string, string | number | null>;

export interface ReportWarehouse {
  query(dataset: string, sql: string, params: readonly (string | number)[]): Promise<{ rows: ReportRow[] }>;
}

export class ReportQueryService {
  /** Which dataset the SQL runs against: staging and production answer differently. */
  @cacheKey
  readonly dataset = config.warehouse.dataset;

  constructor(private readonly warehouse: ReportWarehouse) {}

  /**
   * Run a read-only query against the reporting warehouse.
   * @excludeFromKey query.meta.traceId tracing only
   * @excludeFromKey query.meta.requestedBy audit trail, does not change the rows
   */
  @memoize({ version: 'report-query-v1', ttl: '1h', cost: 0.02 })
  async run(query: ReportQuery): Promise<ReportRow[]> {
    console.info(`[${query.meta.traceId}] query by ${query.meta.requestedBy}`);
    const { rows } = await this.warehouse.query(this.dataset, query.sql, query.params);
    return rows;
  }
}
