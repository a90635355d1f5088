// origin: shape of a Stripe price resolver (public Next.js/Workers apps: prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 }) behind a Map cache), ported to @memoize
// category: pricing-client
// decorators: tc39
// expect: clean
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface ResolvedPrice { id: string; unitAmount: number; currency: string; interval: 'month' | 'year' | null }

export class PriceResolver {
  private readonly stripe = new Stripe(process.env['STRIPE_SECRET_KEY'] ?? '', { apiVersion: '2025-02-24.acacia' });

  /** Resolve a price by lookup key (e.g. 'community-expert-monthly'). Prices rarely change. */
  @memoize({ ttl: '5m' })
  async byLookupKey(lookupKey: string): Promise<ResolvedPrice> {
    const res = await this.stripe.prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 });
    const price = res.data[0];
    if (price === undefined) throw new Error(`Missing Stripe price for ${lookupKey}`);
    return { id: price.id, unitAmount: price.unit_amount ?? 0, currency: price.currency, interval: price.recurring?.interval ?? null };
  }
}
