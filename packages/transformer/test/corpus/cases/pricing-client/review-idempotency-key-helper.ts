// origin: review probe: an idempotency key made by a helper with randomUUID() and passed as Stripe's request option (per-call value via a called function, travel)
// category: pricing-client
// decorators: tc39
// expect: clean
// why: the idempotency key only lets Stripe dedupe retries of this call; the upcoming invoice answered is the same (nothing more).
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { memoize } from 'keyproof';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-06-20' });

function newIdempotencyKey(scope: string): string {
  return `${scope}-${randomUUID()}`;
}

export const upcomingTotal = memoize(
  async function upcomingTotal(customer: string): Promise<{ amountDue: number; currency: string }> {
    const invoice = await stripe.invoices.retrieveUpcoming({ customer }, { idempotencyKey: newIdempotencyKey('upcoming') });
    return { amountDue: invoice.amount_due, currency: invoice.currency };
  },
  { version: 'upcoming-v1', ttl: '5m', cost: 0.0002 },
);
