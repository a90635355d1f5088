// origin: review probe: a Stripe secret key read from process.env in the body with an @cacheKey allow-list of the parameter
// category: pricing-client
// decorators: legacy
// expect: clean
// why: the process's credential only authenticates the request; the customer is in the key (nothing more).
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export class UpcomingInvoices {
  /** @cacheKey customerId */
  @memoize({ version: 'upcoming-v1', ttl: '10m', cost: 0.001 })
  async amountDue(customerId: string): Promise<number> {
    const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-06-20' });
    const invoice = await stripe.invoices.retrieveUpcoming({ customer: customerId });
    return invoice.amount_due;
  }
}
