// origin: shape of a report-batching client that queues requests with a creation timestamp and later runs each through a memoised query
// category: data-api
// decorators: tc39
// expect: KP* requestedAt|job
// why: the queued object carries new Date() and is stored then read back and passed whole into the keyed parameter, so a per-call clock value reaches the key (nothing more)
import { memoize } from 'keyproof';

interface ReportJob {
  report: string;
  region: string;
  requestedAt: Date;
}

interface Warehouse {
  query(report: string, region: string): Promise<{ rows: Record<string, number>[] }>;
}

export class ReportBatcher {
  private readonly pending: ReportJob[] = [];

  constructor(private readonly warehouse: Warehouse) {}

  enqueue(report: string, region: string): void {
    this.pending.push({ report, region, requestedAt: new Date() });
  }

  @memoize({ version: 'v1', ttl: '1h', cost: 0.25 })
  async runReport(job: ReportJob): Promise<Record<string, number>[]> {
    const out = await this.warehouse.query(job.report, job.region);
    return out.rows.map((r) => ({ ...r }));
  }

  async flush(): Promise<Record<string, number>[][]> {
    const jobs = this.pending.splice(0, this.pending.length);
    return Promise.all(jobs.map((j) => this.runReport(j)));
  }
}
