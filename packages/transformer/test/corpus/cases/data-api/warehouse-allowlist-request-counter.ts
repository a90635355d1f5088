// origin: shape of a data-warehouse query client that numbers requests for its access log (own writing)
// category: data-api
// decorators: legacy
// expect: clean
// why: `++this.requestCounter` is passed as `requestNo`, but `@cacheKey` on `dataset` and `sql` makes the key an allow-list that leaves `requestNo` out, and the body only logs it.
import { memoize, cacheKey } from 'keyproof';

interface WarehouseHttp {
  post<T>(path: string, body: { dataset: string; query: string; maxRows: number }): Promise<T>;
}

export type Row = Record<string, string | number | null>;

export class WarehouseQueryClient {
  private requestCounter = 0;

  constructor(private readonly warehouse: WarehouseHttp) {}

  async run(dataset: string, sql: string): Promise<Row[]> {
    return this.query(dataset, sql.trim(), ++this.requestCounter);
  }

  @memoize({ version: 'wh-v1', ttl: '6h', cost: 0.05 })
  async query(@cacheKey dataset: string, @cacheKey sql: string, requestNo: number): Promise<Row[]> {
    console.info(`warehouse request #${requestNo} on ${dataset}`);
    const res = await this.warehouse.post<{ rows: Row[] }>('/v1/query', { dataset, query: sql, maxRows: 10_000 });
    return res.rows;
  }
}
