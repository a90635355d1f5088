// origin: review probe: a per-merchant Stripe secret key captured by a memoised closure (credential exemption on captured values)
// category: pricing-client
// decorators: tc39
// expect: KP91046 secretKey
// why: the captured secret key selects whose Stripe account answers, so two merchants' catalogs would share one key space; a value captured per factory call needs a key decision (principle 2).
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface CatalogItem { id: string; name: string }

export function merchantCatalog(secretKey: string) {
  const stripe = new Stripe(secretKey, { apiVersion: '2024-06-20' });
  return memoize(
    async function activeProducts(limit: number): Promise<CatalogItem[]> {
      const { data } = await stripe.products.list({ active: true, limit });
      return data.map((p) => ({ id: p.id, name: p.name }));
    },
    { version: 'merchant-products-v1', ttl: '15m', cost: 0.0001 },
  );
}
