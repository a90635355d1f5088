// origin: shape of a usage-billing client returning micro-unit totals as bigints in a Map with a Date stamp (your own writing)
// category: pricing-client
// decorators: legacy
// expect: clean
// why: Map, bigint and Date all round-trip through the store; the period is a key parameter and the client a service
import { memoize } from 'keyproof';

interface UsageApi { usage(account: string, month: string): Promise<{ meter: string; micros: string }[]> }

export interface UsageTotals { month: string; byMeter: Map<string, bigint>; total: bigint; computedFor: Date }

export class UsageBilling {
  constructor(private readonly api: UsageApi) {}

  @memoize({ version: 'usage-v1', ttl: '1d', cost: 0.003 })
  async monthly(account: string, month: string): Promise<UsageTotals> {
    const rows = await this.api.usage(account, month);
    const byMeter = new Map<string, bigint>();
    let total = 0n;
    for (const row of rows) {
      const micros = BigInt(row.micros);
      byMeter.set(row.meter, (byMeter.get(row.meter) ?? 0n) + micros);
      total += micros;
    }
    return { month, byMeter, total, computedFor: new Date(`${month}-01T00:00:00Z`) };
  }
}
