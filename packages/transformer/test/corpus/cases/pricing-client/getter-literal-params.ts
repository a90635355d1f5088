// origin: shape of a product catalogue client with a getter returning fixed list parameters and a Stripe client built from a constant key (your own writing)
// category: pricing-client
// decorators: tc39
// expect: clean
// why: the getter builds its object from literals only (a constant), the module-level Stripe client is built from constants (a service), the rest is parameters
import Stripe from 'stripe';
import { memoize } from 'keyproof';

const STRIPE_API_VERSION = '2024-06-20';
const stripe = new Stripe('sk_test_catalogue_readonly', { apiVersion: STRIPE_API_VERSION });

export class Catalogue {
  get listParams(): { active: boolean; limit: number } {
    return { active: true, limit: 100 };
  }

  @memoize({ version: 'cat-v1', ttl: '1h', cost: 0.0005 })
  async activeProducts(category: string): Promise<{ id: string; name: string }[]> {
    const list = await stripe.products.list(this.listParams);
    const wanted = category.toLowerCase();
    return list.data
      .filter((p) => (p.metadata.category ?? '').toLowerCase() === wanted)
      .map((p) => ({ id: p.id, name: p.name }));
  }
}
