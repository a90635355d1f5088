// origin: shape of a usage-report endpoint whose payload carries provenance from a helper (never a verbatim copy)
// category: data-api
// decorators: tc39
// expect: KP91046|KP91021 generatedAt
// why: the helper stamps the clock into the returned report, so every hit would serve the first caller's time as if fresh (principles 1 and 5, a timestamp that lands in the answer through a helper's object).
import { memoize } from 'keyproof';

export interface UsageRow {
  day: string;
  apiCalls: number;
  storageGb: number;
}

export interface UsageReport {
  accountId: string;
  month: string;
  rows: UsageRow[];
  totalCalls: number;
  source: string;
  generatedAt: string;
}

const METERING_URL = 'https://metering.internal.example.com/v1/usage';

function provenance(source: string): { source: string; generatedAt: string } {
  return { source, generatedAt: new Date().toISOString() };
}

/** Daily usage of a closed billing month. */
export const usageReport = memoize(
  async function usageReport(accountId: string, month: string): Promise<UsageReport> {
    const res = await fetch(`${METERING_URL}?account=${encodeURIComponent(accountId)}&month=${month}`);
    if (!res.ok) throw new Error(`metering ${res.status}`);
    const rows = (await res.json()) as UsageRow[];
    return {
      accountId,
      month,
      rows,
      totalCalls: rows.reduce((sum, row) => sum + row.apiCalls, 0),
      ...provenance('metering-v1'),
    };
  },
  { version: 'usage-report-v3', ttl: '30d', cost: 0.001 },
);
