// origin: shape of a Stripe Connect marketplace client keyed on the connected account held in a field (your own writing)
// category: pricing-client
// decorators: tc39
// expect: clean
// key: this.accountId
// why: the connected account is a `@cacheKey` field, so prices of different accounts never share an entry; the shared platform client is a service
import Stripe from 'stripe';
import { memoize, cacheKey } from 'keyproof';

export interface ListedPrice { id: string; amount: number; currency: string }

export class ConnectedPricing {
  @cacheKey accountId: string;

  constructor(private readonly platform: Stripe, accountId: string) {
    this.accountId = accountId;
  }

  @memoize({ version: 'connect-v2', ttl: '20m', cost: 0.001 })
  async productPrices(productId: string): Promise<ListedPrice[]> {
    const list = await this.platform.prices.list({ product: productId, active: true, limit: 50 }, { stripeAccount: this.accountId });
    return list.data
      .filter((p) => p.unit_amount !== null)
      .map((p) => ({ id: p.id, amount: p.unit_amount ?? 0, currency: p.currency }));
  }
}
