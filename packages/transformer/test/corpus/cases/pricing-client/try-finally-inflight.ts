// origin: shape of a shipping-rate client that degrades its request while too many calls are in flight, tracked in try/finally (your own writing, never a verbatim copy)
// category: pricing-client
// decorators: legacy
// expect: KP* inflight
// why: nothing less: the body reads the mutable instance counter this.inflight (changed in try/finally by every call) to decide whether to ask for all carriers, which shapes the answer, and the key does not hold it
import { Inject, Injectable } from '@nestjs/common';
import { memoize } from 'keyproof';

interface RatesApi {
  quote(req: { from: string; to: string; grams: number; carriers: 'all' | 'cheapest' }): Promise<{ carrier: string; cents: number }[]>;
}

const MAX_FULL_QUOTES = 4;

@Injectable()
export class ShippingRates {
  private inflight = 0;

  constructor(@Inject('RATES_API') private readonly api: RatesApi) {}

  @memoize({ version: 'ship-v2', ttl: '2h', cost: 0.001 })
  async rates(from: string, to: string, grams: number): Promise<{ carrier: string; cents: number }[]> {
    this.inflight++;
    try {
      const carriers = this.inflight > MAX_FULL_QUOTES ? 'cheapest' : 'all';
      const quotes = await this.api.quote({ from, to, grams, carriers });
      return quotes.sort((a, b) => a.cents - b.cents);
    } finally {
      this.inflight--;
    }
  }
}
