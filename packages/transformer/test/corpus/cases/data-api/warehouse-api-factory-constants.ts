// origin: shape of a data-API module that creates its warehouse REST client once from constant options
// category: data-api
// decorators: tc39
// expect: clean
// why: an object of functions a program factory made at load from constants answers the same for everyone; it needs no decision
import { memoize } from 'keyproof';

const WAREHOUSE = { baseUrl: 'https://warehouse.example-data.com/api', dataset: 'analytics_prod', timeoutMs: 15_000 } as const;

function createWarehouseApi(opts: { baseUrl: string; dataset: string; timeoutMs: number }) {
  const post = async <T>(path: string, body: unknown): Promise<T> => {
    const res = await fetch(`${opts.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    return (await res.json()) as T;
  };
  return {
    runQuery: (sql: string) => post<{ rows: Record<string, unknown>[] }>(`/datasets/${opts.dataset}/query`, { sql }),
  };
}

const api = createWarehouseApi(WAREHOUSE);

export class RevenueReports {
  @memoize({ version: 'rev-v1', ttl: '1d', cost: 0.05 })
  async monthly(year: number, month: number, region: string): Promise<Record<string, unknown>[]> {
    const mm = String(month).padStart(2, '0');
    const { rows } = await api.runQuery(
      `select product, sum(amount) as revenue from orders where region = '${region.replace(/'/g, "''")}' and month = '${year}-${mm}' group by product`,
    );
    return rows;
  }
}
