// origin: shape of a BullMQ worker that enriches each order line with tax data, stamping the lines as it fans them out
// category: queue-worker
// decorators: tc39
// expect: KP* receivedAt
// why: a clock read per job travels through items.map(i => ({ ...i, receivedAt })) and object spreads into the memoised lookup's key argument
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

interface OrderLine {
  sku: string;
  qty: number;
  country: string;
}

interface StampedLine extends OrderLine {
  receivedAt: number;
}

export interface TaxInfo {
  sku: string;
  country: string;
  ratePct: number;
}

interface TaxApi {
  lookup(sku: string, country: string): Promise<{ ratePct: number }>;
}

export class TaxEnricher {
  constructor(private readonly api: TaxApi) {}

  @memoize({ version: 'v1', ttl: '1d', cost: 0.001 })
  async taxFor(line: StampedLine): Promise<TaxInfo> {
    const { ratePct } = await this.api.lookup(line.sku, line.country);
    return { sku: line.sku, country: line.country, ratePct };
  }
}

export function startWorker(enricher: TaxEnricher): Worker<{ lines: OrderLine[] }, TaxInfo[]> {
  return new Worker<{ lines: OrderLine[] }, TaxInfo[]>('order-enrich', async (job: Job<{ lines: OrderLine[] }, TaxInfo[]>) => {
    const receivedAt = Date.now();
    const stamped = job.data.lines.map((line) => ({ ...line, receivedAt }));
    return Promise.all(stamped.map((s) => enricher.taxFor({ ...s })));
  });
}
