// origin: shape of a BullMQ worker with completed/failed listeners whose memoised step takes the job id only for its log lines (your own writing)
// category: queue-worker
// decorators: tc39
// expect: clean
// why: `jobId` is excluded with a reason and only reaches a logger; event handlers outside the memoised body read job state freely
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

interface GeoApi { geocode(address: string): Promise<{ lat: number; lon: number } | null> }
interface Log { info(msg: string, meta?: Record<string, unknown>): void }

export class GeocodeStep {
  constructor(private readonly geo: GeoApi, private readonly log: Log) {}

  /**
   * @excludeFromKey jobId correlation id for logs only
   */
  @memoize({ version: 'geo-v1', ttl: '180d', cost: 0.005 })
  async geocode(jobId: string, address: string): Promise<{ lat: number; lon: number } | null> {
    const normalised = address.replace(/\s+/g, ' ').trim().toLowerCase();
    this.log.info('geocoding', { jobId, chars: normalised.length });
    return this.geo.geocode(normalised);
  }
}

export function startGeocodeWorker(step: GeocodeStep, log: Log): Worker<{ address: string }> {
  const worker = new Worker<{ address: string }>('geocode', (job: Job<{ address: string }>) => step.geocode(job.id ?? '-', job.data.address));
  worker.on('completed', (job) => log.info('done', { id: job.id, took: Date.now() - job.timestamp }));
  worker.on('failed', (job, err) => log.info('failed', { id: job.id, attempts: job.attemptsMade, err: err?.message }));
  return worker;
}
