// origin: shape of a plan-pricing client mapping an enum plan to Stripe lookup keys through an `as const` table (your own writing)
// category: pricing-client
// decorators: legacy
// expect: clean
// why: the lookup key comes from an `as const` table indexed by the `plan` parameter; `??` defaults use literals; the Stripe client is injected
import { Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export enum Plan {
  Starter = 'starter',
  Pro = 'pro',
  Enterprise = 'enterprise',
}

const LOOKUP_KEYS = {
  [Plan.Starter]: { month: 'starter_monthly', year: 'starter_yearly' },
  [Plan.Pro]: { month: 'pro_monthly', year: 'pro_yearly' },
  [Plan.Enterprise]: { month: 'ent_monthly', year: 'ent_yearly' },
} as const;

@Injectable()
export class PlanPricing {
  constructor(private readonly stripe: Stripe) {}

  @memoize({ version: 'plan-v1', ttl: '1h', cost: 0.001 })
  async price(plan: Plan, interval: 'month' | 'year' = 'month'): Promise<{ amount: number; currency: string } | null> {
    const lookupKey = LOOKUP_KEYS[plan]?.[interval] ?? LOOKUP_KEYS[Plan.Starter].month;
    const list = await this.stripe.prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 });
    const price = list.data[0];
    return price ? { amount: price.unit_amount ?? 0, currency: price.currency } : null;
  }
}
