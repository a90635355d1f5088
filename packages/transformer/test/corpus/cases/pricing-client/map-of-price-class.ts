// origin: shape of a price-book loader returning a Map of a data class (class with fields only), as ported Java/C# pricing code often does
// category: pricing-client
// decorators: tc39
// expect: clean
//
// Was a must-fail case while the codec returned class instances as plain objects; the plan now
// names the exported class and every hit gives back a Map of its instances (issue 20).
import type Stripe from 'stripe';
import { memoize } from 'keyproof';

export class PricePoint {
  constructor(readonly id: string, readonly lookupKey: string, readonly unitAmount: number, readonly currency: string) {}
}

export class PriceBook {
  constructor(private readonly stripe: Stripe) {}

  @memoize({ ttl: '1h' })
  async pricesByLookupKey(product: string): Promise<Map<string, PricePoint>> {
    const list = await this.stripe.prices.list({ product, active: true, limit: 100 });
    return new Map(list.data.filter((p) => p.lookup_key !== null).map((p) => [p.lookup_key!, new PricePoint(p.id, p.lookup_key!, p.unit_amount ?? 0, p.currency)]));
  }
}
