// origin: shape of a Stripe Connect marketplace's per-merchant price catalogue (never a verbatim copy)
// category: pricing-client
// decorators: legacy
// expect: KP91040 stripeAccount
// why: the Stripe-Account option selects which connected account's prices come back, so the field is data that picks the answer, read with no key decision (principle 2); only the platform secret is a credential (principle 3).
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface CatalogEntry {
  priceId: string;
  lookupKey: string | null;
  amount: number | null;
  currency: string;
  interval: 'month' | 'year' | null;
}

function toEntry(price: Stripe.Price): CatalogEntry {
  return {
    priceId: price.id,
    lookupKey: price.lookup_key,
    amount: price.unit_amount,
    currency: price.currency,
    interval: price.recurring?.interval ?? null,
  };
}

/**
 * One catalogue per merchant storefront. The platform key authenticates us; the connected
 * account id ("acct_...") tells Stripe whose catalogue we are reading.
 */
export class MerchantCatalog {
  private readonly stripe: Stripe;
  private readonly stripeAccount: string;

  constructor(platformSecretKey: string, stripeAccount: string) {
    this.stripe = new Stripe(platformSecretKey, { apiVersion: '2024-06-20' });
    this.stripeAccount = stripeAccount;
  }

  @memoize({ version: 'catalog-v2', ttl: '15m', cost: 0.0005 })
  async activePrices(productId: string): Promise<CatalogEntry[]> {
    const page = await this.stripe.prices.list(
      { product: productId, active: true, limit: 100 },
      { stripeAccount: this.stripeAccount },
    );
    return page.data.map(toEntry);
  }
}

export function catalogFor(merchant: { stripeAccountId: string }): MerchantCatalog {
  return new MerchantCatalog(process.env.STRIPE_PLATFORM_KEY ?? '', merchant.stripeAccountId);
}
