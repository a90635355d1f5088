// origin: shape of a BullMQ nightly-report worker that fans a customer list out to a usage API with a day bucket
// category: queue-worker
// decorators: legacy
// expect: clean
// why: the values mapped and spread into the key come from job data and a clock quantised to a day where it is written: nothing per-call
import { Worker, type Job } from 'bullmq';
import { memoize, notKey } from 'keyproof';

interface UsageRow {
  customerId: string;
  day: string;
  apiCalls: number;
}

interface UsageApi {
  dailyUsage(params: { customerId: string; plan: string; day: string }): Promise<{ calls: number }>;
}

interface ReportJob {
  customers: { id: string; plan: string }[];
}

export class UsageReporter {
  constructor(private readonly api: UsageApi) {}

  @memoize({ version: 'v1', ttl: '2d', cost: 0.0004 })
  async usage(query: { customerId: string; plan: string; day: string }, @notKey('job id, for progress only') jobId: string): Promise<UsageRow> {
    const { calls } = await this.api.dailyUsage({ ...query });
    return { customerId: query.customerId, day: query.day, apiCalls: calls };
  }
}

export function startReportWorker(reporter: UsageReporter): Worker<ReportJob, UsageRow[]> {
  return new Worker<ReportJob, UsageRow[]>('usage-report', async (job: Job<ReportJob, UsageRow[]>) => {
    const day = new Date().toISOString().slice(0, 10);
    const base = { day };
    const rows = await Promise.all(
      job.data.customers.map(({ id, plan }) => reporter.usage({ ...base, customerId: id, plan }, job.id ?? 'none')),
    );
    await job.updateProgress(100);
    return rows;
  });
}
