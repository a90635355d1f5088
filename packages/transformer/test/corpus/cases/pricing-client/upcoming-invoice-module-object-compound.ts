// origin: shape of a Stripe billing helper that numbers each upcoming-invoice quote via a shared stats object (own writing)
// category: pricing-client
// decorators: legacy
// expect: KP* quoteNo|issued
// why: `quoteStats.issued += 1` is used as a value; the module object outlives every call, so the assignment's value is new each time and is passed as the keyed parameter `quoteNo`.
import Stripe from 'stripe';
import { memoize, cacheKey } from 'keyproof';

export const quoteStats = { issued: 0, failed: 0 };

export interface UpcomingQuote {
  customerId: string;
  amountDue: number;
  currency: string;
}

export class BillingQuotes {
  constructor(private readonly stripe: Stripe) {}

  async quoteRenewal(customerId: string, subscriptionId: string): Promise<UpcomingQuote> {
    return this.upcomingTotal(customerId, subscriptionId, (quoteStats.issued += 1));
  }

  @memoize({ version: 'stripe-2024-06-20', ttl: '10m', cost: 0.001 })
  async upcomingTotal(
    @cacheKey customerId: string,
    @cacheKey subscriptionId: string,
    @cacheKey quoteNo: number,
  ): Promise<UpcomingQuote> {
    const invoice = await this.stripe.invoices.retrieveUpcoming(
      { customer: customerId, subscription: subscriptionId },
      { idempotencyKey: `renewal-quote-${quoteNo}` },
    );
    return { customerId, amountDue: invoice.amount_due, currency: invoice.currency };
  }
}
