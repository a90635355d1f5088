// origin: review probe: a warehouse client whose second argument is the query's own settings, `{ params, maxExecutionTime }` shorthand beside a `timeoutMs` that makes the warehouse answer with the rows scanned so far
// category: data-api
// decorators: tc39
// expect: KP91044 timeoutMs|WAREHOUSE_SCAN_TIMEOUT_MS
// why: the warehouse returns a partial result when the scan budget runs out (`partial: true` rows), so the timeout shapes the rows returned (principle 2).
import { memoize } from 'keyproof';

interface Warehouse {
  query(sql: string, settings: { params: unknown[]; timeoutMs: number }): Promise<{ rows: unknown[]; partial: boolean }>;
}
declare const warehouse: Warehouse;

const timeoutMs = Number(process.env.WAREHOUSE_SCAN_TIMEOUT_MS ?? 5000);

export const topCustomers = memoize(
  async function topCustomers(day: string): Promise<unknown[]> {
    const params = [day];
    const { rows } = await warehouse.query('SELECT * FROM spend WHERE day = ? ORDER BY total DESC', { params, timeoutMs });
    return rows;
  },
  { version: 'top-v1', ttl: '1h' },
);
