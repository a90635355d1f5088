// origin: shape of a marketplace pricing client created per connected Stripe account by a factory (never a verbatim copy)
// category: pricing-client
// decorators: tc39
// expect: KP91040 accountId
// why: the factory stores the connected account on the instance and every request is sent on behalf of it, so two sellers' price lists would share entries (principle 2).
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface SellerPrice { id: string; amount: number | null; currency: string; lookupKey: string | null }

export class SellerPricing {
  private constructor(
    private readonly stripe: Stripe,
    private readonly accountId: string,
  ) {}

  /** One instance per seller, created when the seller's storefront is first served. */
  static forAccount(stripe: Stripe, accountId: string): SellerPricing {
    return new SellerPricing(stripe, accountId);
  }

  @memoize({ version: 'seller-prices-v1', ttl: '10m' })
  async activePrices(lookupKeys: string[]): Promise<SellerPrice[]> {
    const list = await this.stripe.prices.list(
      { lookup_keys: lookupKeys, active: true, limit: 100 },
      { stripeAccount: this.accountId },
    );
    return list.data.map((p) => ({ id: p.id, amount: p.unit_amount, currency: p.currency, lookupKey: p.lookup_key }));
  }
}

const platform = new Stripe(process.env.STRIPE_PLATFORM_KEY ?? '');
const bySeller = new Map<string, SellerPricing>();

export function pricingFor(accountId: string): SellerPricing {
  let client = bySeller.get(accountId);
  if (!client) {
    client = SellerPricing.forAccount(platform, accountId);
    bySeller.set(accountId, client);
  }
  return client;
}
