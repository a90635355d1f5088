// origin: review probe: prices formatted with a module-level Intl.NumberFormat fixed to USD
// category: pricing-client
// decorators: legacy
// expect: clean
// why: the formatter is built once from literals and keeps no state between calls; the answer depends only on the price id (nothing more).
import Stripe from 'stripe';
import { memoize } from 'keyproof';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export class PriceLabels {
  constructor(private readonly stripe: Stripe) {}

  @memoize({ version: 'labels-v1', ttl: '1h', cost: 0.0001 })
  async label(priceId: string): Promise<string> {
    const price = await this.stripe.prices.retrieve(priceId);
    return usd.format((price.unit_amount ?? 0) / 100);
  }
}
