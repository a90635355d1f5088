// origin: shape of a plan-catalogue client reading currency and plan ids through an alias chain of frozen constants
// category: pricing-client
// decorators: tc39
// expect: clean
// why: BASE is Object.freeze'd and PRICING/P only alias it; a mutable look-alike next to it is never read by the memoised body
import Stripe from 'stripe';
import { memoize } from 'keyproof';

const BASE = Object.freeze({ currency: 'usd', products: Object.freeze({ starter: 'prod_starter', team: 'prod_team' }) });
export const PRICING = BASE;
const P = PRICING;

// A mutable look-alike used by the checkout page only.
export const draftPricing = { currency: 'usd', products: { starter: 'prod_starter_draft', team: 'prod_team_draft' } };

export class PlanCatalogue {
  constructor(private readonly stripe: Stripe) {}

  @memoize({ version: 'plans-v1', ttl: '6h', cost: 0.0002 })
  async plan(tier: keyof typeof BASE.products): Promise<{ id: string; monthlyCents: number | null }[]> {
    const product = P.products[tier];
    const { data } = await this.stripe.prices.list({ product, active: true, limit: 10 });
    return data
      .filter((p) => p.currency === P.currency && p.recurring?.interval === 'month')
      .map((p) => ({ id: p.id, monthlyCents: p.unit_amount }));
  }
}
