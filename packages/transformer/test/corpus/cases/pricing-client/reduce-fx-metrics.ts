// origin: shape of an invoice-estimate function that sums lines with reduce, converts with a constant rate table and counts calls in a metrics map (your own writing)
// category: pricing-client
// decorators: tc39
// expect: clean
// why: the body reads only key parameters, an `as const` rate table, an injected client, and bumps a mutable metrics counter that never reaches the request or the result
import Stripe from 'stripe';
import { memoize } from 'keyproof';

const EUR_RATES = { usd: 0.92, gbp: 1.17, eur: 1, chf: 1.04 } as const;
type Currency = keyof typeof EUR_RATES;

export const metrics = { estimateCalls: 0, lastEstimateMs: 0 };

const stripe = new Stripe('sk_test_placeholder');

export const upcomingInEur = memoize(
  async function upcomingInEur(customer: string, subscription?: string): Promise<{ totalEur: number; lines: number }> {
    const started = performance.now();
    metrics.estimateCalls++;
    const invoice = await stripe.invoices.retrieveUpcoming({ customer, subscription });
    const rate = EUR_RATES[(invoice.currency as Currency)] ?? 1;
    const totalEur = invoice.lines.data.reduce((sum, line) => sum + Math.round(line.amount * rate), 0);
    metrics.lastEstimateMs = performance.now() - started;
    return { totalEur, lines: invoice.lines.data.length };
  },
  { ttl: '15m', cost: 0.002 },
);
