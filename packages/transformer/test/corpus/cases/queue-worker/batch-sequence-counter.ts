// origin: shape of a geocoding batch worker that numbers each batch with a module counter and passes the number along
// category: queue-worker
// decorators: legacy
// expect: KP* batchNo|batchSeq
// why: a counter incremented on every call is passed into a keyed parameter, so the key never repeats (nothing more: per-call counter)
import type { Job } from 'bullmq';
import { memoize } from 'keyproof';

interface Coordinates {
  lat: number;
  lon: number;
}

declare const geocoder: { batch(addresses: string[], tag: string): Promise<Coordinates[]> };

let batchSeq = 0;

export class BatchGeocoder {
  @memoize({ version: 'v1', ttl: '60d', cost: 0.05 })
  async geocodeBatch(addresses: string[], batchNo: number): Promise<Coordinates[]> {
    const coords = await geocoder.batch(addresses.map((a) => a.trim()), `batch-${batchNo}`);
    return coords.map((c) => ({ lat: c.lat, lon: c.lon }));
  }
}

const geo = new BatchGeocoder();

export async function processAddresses(job: Job<{ addresses: string[] }>): Promise<Coordinates[]> {
  batchSeq += 1;
  const batchNo = batchSeq;
  await job.log(`batch ${batchNo}: ${job.data.addresses.length} addresses`);
  return geo.geocodeBatch(job.data.addresses, batchNo);
}
