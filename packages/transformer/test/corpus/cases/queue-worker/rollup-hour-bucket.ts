// origin: shape of a usage-rollup job that memoises a metered-billing query per account and hour (your own writing, never a verbatim copy)
// category: queue-worker
// decorators: legacy
// expect: clean
// why: the hour is a clock deliberately quantised with luxon startOf('hour') where it is written; the job is excluded with a reason and used only for progress; the metrics client and counter of processed jobs are read only for metrics
import { Worker, type Job } from 'bullmq';
import { DateTime } from 'luxon';
import { memoize, notKey } from 'keyproof';

interface MeteringApi {
  usage(q: { account: string; from: string; to: string }): Promise<{ units: number }>;
}

interface Metrics {
  gauge(name: string, value: number): void;
}

export class UsageRollupWorker {
  private processed = 0;

  constructor(private readonly metering: MeteringApi, private readonly metrics: Metrics) {
    new Worker<{ account: string }>('usage-rollup', (job) => this.rollup(job.data.account, DateTime.utc().startOf('hour').toISO() ?? '', job));
  }

  @memoize({ version: 'roll-v1', ttl: '2h', cost: 0.001 })
  async rollup(account: string, hour: string, @notKey job: Job<{ account: string }>): Promise<number> {
    await job.updateProgress(5);
    const from = DateTime.fromISO(hour);
    const { units } = await this.metering.usage({ account, from: hour, to: from.plus({ hours: 1 }).toISO() ?? hour });
    this.processed++;
    this.metrics.gauge('rollup.processed', this.processed);
    return units;
  }
}
