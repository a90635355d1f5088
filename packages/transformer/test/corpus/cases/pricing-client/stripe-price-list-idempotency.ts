// origin: shape of a pricing-page backend reading Stripe prices with request options from a helper (never a verbatim copy)
// category: pricing-client
// decorators: tc39
// expect: clean
// why: the idempotency key is fresh per call but only travels in the request options, the secret key only authenticates and the request listener only counts; the price list depends on the product and currency (principles 1 and 3).
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { memoize } from 'keyproof';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-06-20' });

let stripeRequests = 0;
stripe.on('request', () => {
  stripeRequests++;
});

function requestOptions(): Stripe.RequestOptions {
  return { idempotencyKey: randomUUID() };
}

export interface PlanPrice { id: string; amount: number; interval: 'month' | 'year' | 'one-off' }

export class PricingCatalog {
  @memoize({ version: 'prices-v2', ttl: '15m' })
  async pricesFor(productId: string, currency: string): Promise<PlanPrice[]> {
    const list = await stripe.prices.list({ product: productId, active: true, limit: 100 }, requestOptions());
    console.debug(`stripe requests so far: ${stripeRequests}`);
    return list.data
      .filter((p) => p.currency === currency && p.unit_amount !== null)
      .map((p): PlanPrice => ({ id: p.id, amount: p.unit_amount ?? 0, interval: p.recurring?.interval ?? 'one-off' }))
      .sort((a, b) => a.amount - b.amount);
  }
}
