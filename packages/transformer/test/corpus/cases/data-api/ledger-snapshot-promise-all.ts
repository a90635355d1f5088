// origin: shape of a finance export that resolves rows and a snapshot time together with Promise.all (never a verbatim copy)
// category: data-api
// decorators: legacy
// expect: KP91020|KP91021|KP91022 snapshotAt
// why: the caller destructures `new Date()` out of Promise.all and passes it as `snapshotAt`, a key parameter of the memoised aggregation, so every export misses (principle 1).
import { memoize } from 'keyproof';

export interface LedgerRow {
  account: string;
  amountCents: number;
  currency: string;
}

export interface LedgerTotals {
  byAccount: Record<string, number>;
  currency: string;
  snapshotAt: Date;
}

interface WarehouseClient {
  query<T>(sql: string, params: unknown[]): Promise<T[]>;
}

export class LedgerExport {
  constructor(private readonly warehouse: WarehouseClient) {}

  /** Converts and sums through the paid FX-enriched warehouse view. */
  @memoize({ version: 'ledger-v1', ttl: '1h', cost: 0.05 })
  async totals(period: string, currency: string, snapshotAt: Date): Promise<LedgerTotals> {
    const rows = await this.warehouse.query<LedgerRow>(
      'select account, amount_cents, currency from ledger_fx where period = $1 and currency = $2',
      [period, currency],
    );
    const byAccount: Record<string, number> = {};
    for (const r of rows) byAccount[r.account] = (byAccount[r.account] ?? 0) + r.amountCents;
    return { byAccount, currency, snapshotAt };
  }
}

export async function exportPeriod(ledger: LedgerExport, period: string, currency: string, loadClosing: () => Promise<boolean>) {
  const [closed, snapshotAt] = await Promise.all([loadClosing(), Promise.resolve(new Date())]);
  if (!closed) throw new Error(`period ${period} is still open`);
  const totals = await ledger.totals(period, currency, snapshotAt);
  return { period, ...totals };
}
