// origin: shape of a webhook-fetching worker with exponential backoff and Math.random() jitter around a memoised upstream read
// category: queue-worker
// decorators: tc39
// expect: clean
import { setTimeout as sleep } from 'node:timers/promises';
import { memoize } from 'keyproof';

export interface Shipment { trackingNo: string; carrier: string; status: string; events: { at: string; text: string }[] }
interface CarrierApi { track(carrier: string, trackingNo: string): Promise<Shipment> }

export class TrackingClient {
  constructor(private readonly api: CarrierApi) {}

  @memoize({ ttl: '15m' })
  async track(carrier: 'dhl' | 'ups' | 'fedex', trackingNo: string): Promise<Shipment> {
    return this.api.track(carrier, trackingNo.replace(/\s+/g, '').toUpperCase());
  }
}

export async function trackWithRetry(client: TrackingClient, carrier: 'dhl' | 'ups' | 'fedex', trackingNo: string, attempts = 4): Promise<Shipment> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await client.track(carrier, trackingNo);
    } catch (err) {
      if (attempt + 1 >= attempts) throw err;
      const delay = 2 ** attempt * 250 + Math.floor(Math.random() * 100);
      await sleep(delay);
    }
  }
}
