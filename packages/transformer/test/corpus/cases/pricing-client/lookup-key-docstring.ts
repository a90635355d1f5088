// origin: shape of a Stripe price lookup helper whose JSDoc talks about keys in the Stripe sense ("Returns null when the lookup key does not exist"), nothing about the cache
// category: pricing-client
// decorators: tc39
// expect: clean
import type Stripe from 'stripe';
import { memoize } from 'keyproof';

export class Prices {
  constructor(private readonly stripe: Stripe) {}

  /**
   * Find the active price for a lookup key.
   *
   * Returns null when the lookup key does not exist or the price is archived. The lookup key
   * is not the price id: prices are replaced, lookup keys move to the new price.
   *
   * @param lookupKey the Stripe lookup key, e.g. `pro-monthly-eur`
   */
  @memoize({ ttl: '5m' })
  async findByLookupKey(lookupKey: string): Promise<{ id: string; unitAmount: number } | null> {
    const { data } = await this.stripe.prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 });
    const price = data[0];
    return price === undefined ? null : { id: price.id, unitAmount: price.unit_amount ?? 0 };
  }
}
