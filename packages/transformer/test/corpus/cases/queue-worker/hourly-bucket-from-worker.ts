// origin: shape of a cron-style worker refreshing exchange-rate snapshots once per hour through a memoised call
// category: queue-worker
// decorators: legacy
// expect: clean
// key: hour
// why: the caller passes Math.floor(Date.now() / 3_600_000), a clock quantised to the hour where it is written: a time bucket, not per-call
import type { Job } from 'bullmq';
import { memoize } from 'keyproof';

interface RateSnapshot {
  base: string;
  hour: number;
  rates: Record<string, number>;
}

declare const ratesApi: { latest(base: string): Promise<Record<string, number>> };

export const hourlyRates = memoize(
  async function hourlyRates(base: string, hour: number): Promise<RateSnapshot> {
    const rates = await ratesApi.latest(base);
    return { base, hour, rates: { ...rates } };
  },
  { ttl: '1h', cost: 0.001 },
);

export async function refreshRates(job: Job<{ bases: string[] }>): Promise<RateSnapshot[]> {
  const hour = Math.floor(Date.now() / 3_600_000);
  await job.log(`refreshing ${job.data.bases.length} bases for hour ${hour}`);
  return Promise.all(job.data.bases.map((b) => hourlyRates(b, hour)));
}
