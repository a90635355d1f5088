// origin: shape of a usage-report endpoint that records its own latency (never a verbatim copy)
// category: data-api
// decorators: tc39
// expect: clean
// why: the clock is read only to time the upstream call for a metric and a log line; nothing timed lands in the report (principle 3, values used only for timing and logs).
import { performance } from 'node:perf_hooks';
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
}

export interface Histogram {
  observe(labels: Record<string, string>, value: number): void;
}

const METERING_URL = 'https://metering.internal.example.com/v1/usage';

function provenance(source: string): { source: string } {
  return { source };
}

export function makeUsageReport(latency: Histogram) {
  /** Daily usage of a closed billing month. */
  return memoize(
    async function usageReport(accountId: string, month: string): Promise<UsageReport> {
      const started = performance.now();
      const res = await fetch(`${METERING_URL}?account=${encodeURIComponent(accountId)}&month=${month}`);
      latency.observe({ upstream: 'metering', status: String(res.status) }, performance.now() - started);
      console.info(`${new Date().toISOString()} metering ${accountId} ${month} -> ${res.status}`);
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
}
