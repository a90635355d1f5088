// origin: shape of a FX-rate refresh worker that asks for rates per hour bucket
// category: queue-worker
// decorators: legacy
// expect: clean
// why: the clock is quantised to the hour where it is written (a time bucket, not per-call); timing via process.hrtime goes to a metric only
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

interface RatesApi {
  latest(params: { base: string; symbols: string[]; hour: number }): Promise<Record<string, number>>;
}

interface Metrics {
  histogram(name: string, value: number): void;
}

const HOUR_MS = 3_600_000;

export class FxRates {
  constructor(
    private readonly api: RatesApi,
    private readonly metrics: Metrics,
  ) {}

  @memoize({ version: 'fx-v1', ttl: '2h', cost: 0.001 })
  async ratesAt(base: string, symbols: string[], hour: number): Promise<Record<string, number>> {
    const t0 = process.hrtime.bigint();
    const rates = await this.api.latest({ base, symbols: [...symbols].sort(), hour });
    this.metrics.histogram('fx.latency_ms', Number(process.hrtime.bigint() - t0) / 1e6);
    return rates;
  }
}

export function startFxWorker(fx: FxRates) {
  return new Worker<{ base: string; symbols: string[] }>('fx-refresh', async (job: Job<{ base: string; symbols: string[] }>) => {
    const hour = Math.floor(Date.now() / HOUR_MS);
    const rates = await fx.ratesAt(job.data.base, job.data.symbols, hour);
    await job.log(`refreshed ${Object.keys(rates).length} rates`);
  });
}
