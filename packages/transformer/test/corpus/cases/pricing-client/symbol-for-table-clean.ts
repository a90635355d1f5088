// origin: shape of a plan-pricing helper whose frozen discount table is keyed by registered symbols shared with the entitlement module (your own writing, never a verbatim copy)
// category: pricing-client
// decorators: legacy
// expect: clean
// why: the Symbol.for-keyed table is a frozen module constant; the plan used to index it is a key parameter; the Stripe client is built from constants
import Stripe from 'stripe';
import { memoize } from 'keyproof';

const planSymbol = (plan: string) => Symbol.for(`acme.plan.${plan}`);

const DISCOUNTS: Readonly<Record<symbol, number>> = Object.freeze({
  [planSymbol('starter')]: 0,
  [planSymbol('growth')]: 0.15,
  [planSymbol('enterprise')]: 0.3,
});

const stripe = new Stripe('sk_test_constant', { apiVersion: '2024-06-20' });

export const discountedPrice = memoize(
  async function discountedPrice(priceId: string, plan: string): Promise<{ cents: number; currency: string }> {
    const price = await stripe.prices.retrieve(priceId);
    const discount = DISCOUNTS[planSymbol(plan)] ?? 0;
    return { cents: Math.round((price.unit_amount ?? 0) * (1 - discount)), currency: price.currency };
  },
  { version: 'dp-v1', ttl: '12h', cost: 0.0001 },
);
