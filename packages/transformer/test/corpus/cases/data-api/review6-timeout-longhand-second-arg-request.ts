// origin: review probe: twin of timeout-shorthand-second-arg-request with `timeoutMs: SCAN_TIMEOUT_MS` written out
// category: data-api
// decorators: tc39
// expect: KP91044 SCAN_TIMEOUT_MS
// why: the warehouse returns the rows scanned within the budget, so the timeout shapes the rows returned (principle 2).
import { memoize } from 'keyproof';

interface Warehouse {
  query(sql: string, settings: { params: unknown[]; timeoutMs: number }): Promise<{ rows: unknown[]; partial: boolean }>;
}
declare const warehouse: Warehouse;

const SCAN_TIMEOUT_MS = Number(process.env.WAREHOUSE_SCAN_TIMEOUT_MS ?? 5000);

export const topCustomers = memoize(
  async function topCustomers(day: string): Promise<unknown[]> {
    const { rows } = await warehouse.query('SELECT * FROM spend WHERE day = ? ORDER BY total DESC', { params: [day], timeoutMs: SCAN_TIMEOUT_MS });
    return rows;
  },
  { version: 'top-v1', ttl: '1h' },
);
