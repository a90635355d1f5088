// origin: shape of a warehouse query wrapper whose @excludeFromKey path misses the nesting of the trace id in the query's meta block
// category: data-api
// decorators: tc39
// expect: KP* query.traceId|traceId
// why: `@excludeFromKey query.traceId` names a path that does not exist (the trace id lives at query.meta.traceId), so the exclusion holds nothing and the trace id stays in the key.
import { memoize } from 'keyproof';

export interface WarehouseQuery {
  sql: string;
  params: readonly (string | number)[];
  meta: { traceId: string; requestedBy: string };
}

export type Row = Record<string, string | number | null>;

export interface WarehouseClient {
  query(sql: string, params: readonly (string | number)[]): Promise<{ rows: Row[]; bytesScanned: number }>;
}

export class WarehouseQueryService {
  constructor(private readonly warehouse: WarehouseClient) {}

  /**
   * Run a read-only query against the reporting warehouse.
   * @excludeFromKey query.traceId tracing only
   * @excludeFromKey query.meta.requestedBy audit trail, does not change the rows
   */
  @memoize({ version: 'warehouse-query-v1', ttl: '1h', cost: 0.02 })
  async run(query: WarehouseQuery): Promise<Row[]> {
    console.info(`[${query.meta.traceId}] query by ${query.meta.requestedBy}`);
    const { rows } = await this.warehouse.query(query.sql, query.params);
    return rows;
  }
}
