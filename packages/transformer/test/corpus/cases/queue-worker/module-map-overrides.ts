// origin: shape of a queue worker whose memoised tax lookup consults a module-level Map of overrides registered at run time (your own writing, never a verbatim copy)
// category: queue-worker
// decorators: tc39
// expect: KP* overrides
// why: nothing less: the body reads a mutable module-level Map (filled by registerOverride) to pick the jurisdiction sent upstream, and the key does not hold it
import { Worker } from 'bullmq';
import { memoize } from 'keyproof';

const overrides = new Map<string, string>();

export function registerOverride(postcode: string, jurisdiction: string): void {
  overrides.set(postcode, jurisdiction);
}

interface TaxApi {
  rate(q: { jurisdiction: string; category: string }): Promise<{ rate: number }>;
}

declare const taxApi: TaxApi;

export const taxRate = memoize(
  async function taxRate(postcode: string, category: string): Promise<number> {
    const jurisdiction = overrides.get(postcode) ?? `zip:${postcode.slice(0, 5)}`;
    const { rate } = await taxApi.rate({ jurisdiction, category });
    return rate;
  },
  { version: 'tax-v2', ttl: '1d', cost: 0.0004 },
);

export const taxWorker = new Worker<{ postcode: string; category: string; amount: number }>('tax', async (job) => {
  const rate = await taxRate(job.data.postcode, job.data.category);
  return Math.round(job.data.amount * rate * 100) / 100;
});
