// origin: shape of a queue consumer that tags each upstream call with a cuid2 attempt id for tracing, through a memoised geocoder
// category: queue-worker
// decorators: tc39
// expect: KP91020 attemptId
import { createId } from '@paralleldrive/cuid2';
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

export interface Coordinates { lat: number; lng: number; precision: 'rooftop' | 'street' | 'city' }
interface Geocoder { geocode(address: string, headers: Record<string, string>): Promise<Coordinates> }

export class AddressGeocoder {
  constructor(private readonly api: Geocoder) {}

  @memoize({ ttl: '90d', cost: 0.005 })
  async geocode(address: string, country: string, attemptId: string): Promise<Coordinates> {
    return this.api.geocode(`${address}, ${country}`, { 'x-attempt-id': attemptId });
  }
}

export const geocodeWorker = (geo: AddressGeocoder) =>
  new Worker<{ address: string; country: string }, Coordinates>('geocode', async (job: Job<{ address: string; country: string }, Coordinates>) => {
    const attempt = createId();
    await job.log(`attempt ${attempt}`);
    return geo.geocode(job.data.address.trim(), job.data.country, attempt);
  });
