// origin: shape of a BullMQ catalogue sync worker: a memoised price lookup tagged by sku, a sync job invalidating the skus it changed
// category: queue-worker
// decorators: tc39
// expect: clean
// why: the declared tag's part is a key field; the invalidation's part comes from job data, which is what invalidation is for
import { Worker, type Job } from 'bullmq';
import { memoize, tag, invalidateTag } from 'keyproof';

interface Price {
  sku: string;
  cents: number;
  currency: string;
}

declare const prices: { get(sku: string, currency: string): Promise<Price> };

export class PriceLookup {
  @memoize({ id: 'prices.get', ttl: '1d', tags: ({ sku, currency }) => [tag('sku', sku), tag('sku-currency', sku, currency)] })
  async get(sku: string, currency: string): Promise<Price> {
    const p = await prices.get(sku, currency);
    return { sku: p.sku, cents: p.cents, currency: p.currency };
  }
}

export const syncWorker = new Worker('catalogue-sync', async (job: Job<{ changed: string[] }>) => {
  for (const sku of job.data.changed) {
    await invalidateTag(tag('sku', sku));
  }
  await invalidateTag(tag('sku-currency', job.data.changed[0] ?? '', 'EUR'));
});
