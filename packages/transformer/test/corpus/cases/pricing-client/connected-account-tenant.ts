// origin: shape of a Stripe Connect pricing client built per connected account, keying its cache by that account
// category: pricing-client
// decorators: tc39
// expect: clean
// key: this.stripeAccount
// why: a @cacheKey field set from the constructor's tenant (connected account) is fine: every instance for that tenant shares its key
import Stripe from 'stripe';
import { memoize, cacheKey } from 'keyproof';

export interface CatalogPrice {
  id: string;
  amountCents: number | null;
  currency: string;
  interval: 'month' | 'year' | null;
}

export class ConnectedCatalog {
  @cacheKey readonly stripeAccount: string;

  constructor(private readonly stripe: Stripe, stripeAccount: string) {
    this.stripeAccount = stripeAccount;
  }

  @memoize({ version: 'connect-v1', ttl: '1h', cost: 0.0001 })
  async prices(productId: string): Promise<CatalogPrice[]> {
    const list = await this.stripe.prices.list({ product: productId, active: true, limit: 100 }, { stripeAccount: this.stripeAccount });
    return list.data.map((p) => ({
      id: p.id,
      amountCents: p.unit_amount,
      currency: p.currency,
      interval: p.recurring?.interval ?? null,
    }));
  }
}
