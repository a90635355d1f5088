// origin: shape of a SaaS billing page that resolves plan prices by Stripe lookup key (never a verbatim copy)
// category: pricing-client
// decorators: legacy
// expect: clean
// why: the secret key only authenticates the platform's own account (principle 3), and the lookup keys that pick the prices are the method's parameters, hence in the key.
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface PlanPrice {
  lookupKey: string;
  priceId: string;
  amount: number | null;
  currency: string;
  interval: 'month' | 'year' | null;
}

/**
 * Prices for the pricing page. Plans are addressed by lookup key ("team_monthly",
 * "team_yearly") so finance can swap a price without a deploy.
 */
export class PlanPriceResolver {
  private readonly stripe: Stripe;

  constructor(secretKey: string) {
    // The restricted key only lets the call through; every instance reads the same account.
    this.stripe = new Stripe(secretKey, { apiVersion: '2024-06-20' });
  }

  @memoize({ version: 'plan-prices-v1', ttl: '15m', cost: 0.0005 })
  async pricesByLookupKey(lookupKeys: string[]): Promise<PlanPrice[]> {
    const page = await this.stripe.prices.list({ lookup_keys: lookupKeys, active: true, limit: 100 });
    const found: PlanPrice[] = [];
    for (const price of page.data) {
      if (!price.lookup_key) continue;
      found.push({
        lookupKey: price.lookup_key,
        priceId: price.id,
        amount: price.unit_amount,
        currency: price.currency,
        interval: price.recurring?.interval ?? null,
      });
    }
    return found.sort((a, b) => lookupKeys.indexOf(a.lookupKey) - lookupKeys.indexOf(b.lookupKey));
  }
}

export const planPrices = new PlanPriceResolver(process.env.STRIPE_SECRET_KEY ?? '');
