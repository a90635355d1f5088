// origin: the seed's docstring in another queue: a report worker whose memoised method says, in prose only, that the run id is not part of the key; the caller makes a fresh run id
// category: queue-worker
// decorators: legacy
// expect: KP91052|KP91020 runId
import { randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import { memoize } from 'keyproof';

export interface MonthlyReport { accountId: string; month: string; csv: string }
interface Warehouse { exportCsv(sql: string, params: unknown[]): Promise<string> }

export class MonthlyReportBuilder {
  constructor(private readonly warehouse: Warehouse) {}

  /**
   * Build the monthly usage report of an account.
   *
   * The run ID is not part of the cache key: reports are shared across runs.
   */
  @memoize({ ttl: '30d' })
  async build(runId: string, accountId: string, month: string): Promise<MonthlyReport> {
    const csv = await this.warehouse.exportCsv('select * from usage where account = $1 and month = $2', [accountId, month]);
    return { accountId, month, csv };
  }
}

export async function reportJob(builder: MonthlyReportBuilder, job: Job<{ accountId: string; month: string }>): Promise<number> {
  const report = await builder.build(randomUUID(), job.data.accountId, job.data.month);
  return report.csv.length;
}
