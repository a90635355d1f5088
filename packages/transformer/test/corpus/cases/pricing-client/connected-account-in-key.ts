// origin: shape of a Stripe Connect marketplace service (userdashboard/stripe-connect style: per-account requests with stripeAccount), the connected account deliberately part of the key
// category: pricing-client
// decorators: legacy
// expect: clean
// key: stripeAccount
import type Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface SellerProduct { id: string; name: string; active: boolean }

export class SellerCatalog {
  constructor(private readonly stripe: Stripe) {}

  /** Products of one connected account: sellers never see each other's catalogue. */
  @memoize({ ttl: '2m' })
  async products(stripeAccount: string, activeOnly = true): Promise<SellerProduct[]> {
    const list = await this.stripe.products.list({ active: activeOnly, limit: 100 }, { stripeAccount });
    return list.data.map(({ id, name, active }) => ({ id, name, active }));
  }
}

export async function storefront(catalog: SellerCatalog, seller: { stripeAccountId: string; slug: string }): Promise<string[]> {
  const products = await catalog.products(seller.stripeAccountId);
  return products.map((p) => `${seller.slug}/${p.id}`);
}
