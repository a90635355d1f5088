// origin: review probe: a factory whose key parameter defaults to the environment (a seam for tests), called without arguments
// category: pricing-client
// decorators: legacy
// expect: clean
// why: what runs is the default, the platform's key from the environment, so it only authenticates (principle 3: a credential).
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export class ProductNames {
  private readonly stripe: Stripe;

  constructor(secretKey: string) {
    this.stripe = new Stripe(secretKey, { apiVersion: '2024-06-20' });
  }

  @memoize({ version: 'product-names-v1', ttl: '1h' })
  async name(productId: string): Promise<string> {
    return (await this.stripe.products.retrieve(productId)).name;
  }
}

export function createProductNames(secretKey: string = process.env.STRIPE_SECRET_KEY ?? ''): ProductNames {
  return new ProductNames(secretKey);
}

export const productNames = createProductNames();
