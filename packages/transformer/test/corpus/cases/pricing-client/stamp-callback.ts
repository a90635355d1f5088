// origin: shape of a checkout quoting helper that hands each quote callback its "valid from" stamp through a higher-order wrapper (your own writing)
// category: pricing-client
// decorators: tc39
// expect: KP* validFrom
// why: `validFrom` is a keyed parameter that always receives `Date.now()` through the `stamped` callback wrapper: a clock in the key (nothing more)
import Stripe from 'stripe';
import { memoize } from 'keyproof';

const stripe = new Stripe('sk_test_placeholder');

export interface CheckoutQuote { priceId: string; quantity: number; totalCents: number; validFrom: number }

function stamped<T>(fn: (stampMs: number) => Promise<T>): Promise<T> {
  return fn(Date.now());
}

export const quoteCheckout = memoize(
  async function quoteCheckout(priceId: string, quantity: number, validFrom: number): Promise<CheckoutQuote> {
    const price = await stripe.prices.retrieve(priceId);
    return { priceId, quantity, totalCents: (price.unit_amount ?? 0) * quantity, validFrom };
  },
  { ttl: '10m', cost: 0.001 },
);

export async function checkoutLines(lines: { priceId: string; quantity: number }[]): Promise<CheckoutQuote[]> {
  const out: CheckoutQuote[] = [];
  for (const line of lines) out.push(await stamped((at) => quoteCheckout(line.priceId, line.quantity, at)));
  return out;
}
