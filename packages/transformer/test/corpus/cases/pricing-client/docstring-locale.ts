// origin: shape of a localised price-display client whose doc comment claims the locale is left out of the cache (your own writing, never a verbatim copy)
// category: pricing-client
// decorators: legacy
// expect: KP* locale
// why: docstring claim: the comment says the cache key ignores locale, but no exclusion says so, so the plan keys on it; the claim contradicts the plan
import { Inject, Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import { memoize } from 'keyproof';

@Injectable()
export class PriceDisplayService {
  constructor(@Inject('STRIPE') private readonly stripe: Stripe) {}

  /**
   * Price of a product for display. Prices are fetched once per price id:
   * the cache key ignores `locale`, which is applied after the lookup.
   */
  @memoize({ version: 'pd-v2', ttl: '1h', cost: 0.0001 })
  async displayPrice(priceId: string, locale: string): Promise<string> {
    const price = await this.stripe.prices.retrieve(priceId);
    const amount = (price.unit_amount ?? 0) / 100;
    return new Intl.NumberFormat(locale, { style: 'currency', currency: price.currency.toUpperCase() }).format(amount);
  }
}
