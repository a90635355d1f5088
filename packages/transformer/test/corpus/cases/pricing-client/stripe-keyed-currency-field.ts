// origin: shape of a Stripe price-list service per storefront currency, the currency held in a @cacheKey field and Stripe injected
// category: pricing-client
// decorators: tc39
// expect: clean
// key: this.currency
// why: the currency field shapes the answer and is keyed; the Stripe client is an injected service; the limit is a constant
import Stripe from 'stripe';
import { memoize, cacheKey } from 'keyproof';

const PAGE_LIMIT = 100;

export interface PriceRow {
  id: string;
  lookupKey: string | null;
  unitAmount: number | null;
  interval: 'month' | 'year' | null;
}

export class StorefrontPrices {
  @cacheKey readonly currency: string;

  constructor(private readonly stripe: Stripe, currency: string) {
    this.currency = currency.toLowerCase();
  }

  @memoize({ version: 'v1', ttl: '15m', cost: 0.0001 })
  async pricesFor(productId: string): Promise<PriceRow[]> {
    const list = await this.stripe.prices.list({ product: productId, active: true, limit: PAGE_LIMIT });
    return list.data
      .filter((p) => p.currency === this.currency)
      .map((p) => ({ id: p.id, lookupKey: p.lookup_key, unitAmount: p.unit_amount, interval: p.recurring?.interval ?? null }));
  }
}
