// origin: probe: the same client shape, made once from the platform's own key in the environment
// category: pricing-client
// decorators: legacy
// expect: clean
// why: every instance is made with the platform's own key from the environment, which only lets the calls in (principle 3: a credential).
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export class PlatformPrices {
  private readonly stripe: Stripe;

  constructor(secretKey: string) {
    this.stripe = new Stripe(secretKey, { apiVersion: '2024-06-20' });
  }

  @memoize({ version: 'platform-prices-v1', ttl: '15m', cost: 0.0005 })
  async activePrices(productId: string): Promise<string[]> {
    const page = await this.stripe.prices.list({ product: productId, active: true, limit: 100 });
    return page.data.map((p) => p.id);
  }
}

export const platformPrices = new PlatformPrices(process.env.STRIPE_SECRET_KEY ?? '');
