// origin: shape of a BullMQ worker rendering monthly regional summaries, tagging each render with a batch number from a static counter (own writing)
// category: queue-worker
// decorators: legacy
// expect: KP* spec|batch|renderedBatches
// why: `SummaryRenderer.nextBatch()` returns `++SummaryRenderer.renderedBatches`, a static counter that is new on every call, and it lands in the `batch` property of the keyed `spec` object argument.
import { Worker, type Job } from 'bullmq';
import { memoize, cacheKey, notKey } from 'keyproof';

export interface SummarySpec {
  region: string;
  month: string;
  batch: number;
}

export interface RegionSummary {
  region: string;
  month: string;
  totalOrders: number;
  revenueCents: number;
}

interface OrdersWarehouse {
  aggregate(region: string, month: string): Promise<{ orders: number; revenue: number }>;
}

interface SummaryJob {
  region: string;
  month: string;
}

export class SummaryRenderer {
  static renderedBatches = 0;

  static nextBatch(): number {
    return ++SummaryRenderer.renderedBatches;
  }

  constructor(private readonly warehouse: OrdersWarehouse) {}

  @memoize({ version: 'summary-v3', ttl: '12h', cost: 0.02 })
  async renderSummary(
    @cacheKey('region', 'month', 'batch') spec: SummarySpec,
    @notKey('trace id for logs only') jobId: string,
  ): Promise<RegionSummary> {
    console.info(`job ${jobId}: summarising ${spec.region} ${spec.month}`);
    const agg = await this.warehouse.aggregate(spec.region, spec.month);
    return { region: spec.region, month: spec.month, totalOrders: agg.orders, revenueCents: agg.revenue };
  }
}

export function startSummaryWorker(renderer: SummaryRenderer): Worker<SummaryJob, RegionSummary> {
  return new Worker<SummaryJob, RegionSummary>(
    'region-summaries',
    async (job: Job<SummaryJob, RegionSummary>) => {
      const spec: SummarySpec = {
        region: job.data.region,
        month: job.data.month,
        batch: SummaryRenderer.nextBatch(),
      };
      return renderer.renderSummary(spec, job.id ?? 'unknown');
    },
    { concurrency: 2 },
  );
}
