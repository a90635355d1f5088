// origin: shape of a pricing-page client returning a Map from lookup key to price value objects
// category: pricing-client
// decorators: legacy
// expect: clean
// why: a Map whose values are instances of the user's exported class round-trips: keyproof restores the prototypes on a hit
import Stripe from 'stripe';
import { memoize } from 'keyproof';
import { PricePoint } from './price-point';

export class PricingPageClient {
  constructor(private readonly stripe: Stripe) {}

  @memoize({ version: 'page-v2', ttl: '30m', cost: 0.0002 })
  async pricesByLookupKey(lookupKeys: string[]): Promise<Map<string, PricePoint>> {
    const { data } = await this.stripe.prices.list({ lookup_keys: [...lookupKeys].sort(), active: true, limit: 100 });
    const out = new Map<string, PricePoint>();
    for (const price of data) {
      if (price.lookup_key) out.set(price.lookup_key, new PricePoint(price.id, price.unit_amount ?? 0, price.currency));
    }
    return out;
  }
}
