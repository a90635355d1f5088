// origin: shape of a queue worker module configured once at boot through an init function that sets module-level lets (your own writing)
// category: queue-worker
// decorators: legacy
// expect: KP* pricingRegion
// why: `pricingRegion` is mutable module state (a `let` set by `initWorker`) read into the upstream URL; it is neither keyed nor excluded (nothing less)
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

interface ShippingApi { rate(url: string, body: { from: string; to: string; grams: number }): Promise<{ cents: number }> }

let shipping: ShippingApi | undefined;
let pricingRegion = 'us';

export function initWorker(api: ShippingApi, region: string): void {
  shipping = api;
  pricingRegion = region;
}

export const shippingRate = memoize(
  async function shippingRate(from: string, to: string, grams: number): Promise<number> {
    if (!shipping) throw new Error('initWorker() first');
    const bracket = Math.ceil(grams / 250) * 250;
    const { cents } = await shipping.rate(`https://rates.example.com/${pricingRegion}/quote`, { from, to, grams: bracket });
    return cents;
  },
  { ttl: '12h', cost: 0.003 },
);

export const rateWorker = new Worker<{ from: string; to: string; grams: number }, number>('rates', async (job: Job<{ from: string; to: string; grams: number }, number>) => {
  return shippingRate(job.data.from, job.data.to, job.data.grams);
});
