// origin: shape of a renewal-notice pricing client that formats dates with a pinned locale and zone (never a verbatim copy)
// category: pricing-client
// decorators: tc39
// expect: clean
// why: the formatters give both a locale and timeZone 'UTC', and the amount formatter a fixed locale, so nothing of the machine reaches the result; the module formatters are built only from literals (principles 3 and 4).
import Stripe from 'stripe';
import { memoize } from 'keyproof';

const stripe = new Stripe('sk_test_placeholder', { apiVersion: '2024-06-20' });

const DATE_FMT = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const money = (cents: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);

export interface RenewalNotice {
  customer: string;
  total: string;
  lines: string[];
  renewsOn: string;
}

export class RenewalNotices {
  /**
   * Upcoming-invoice preview for the renewal e-mail; `renewsOnIso` is the period end from the subscription.
   */
  @memoize({ version: 'renewal-v2', ttl: '6h', cost: 0.0 })
  async notice(customer: string, subscription: string, renewsOnIso: string): Promise<RenewalNotice> {
    const invoice = await stripe.invoices.retrieveUpcoming({ customer, subscription });
    return {
      customer,
      total: money(invoice.amount_due, invoice.currency),
      lines: invoice.lines.data.map((l) => `${l.description ?? 'Subscription'} — ${money(l.amount, invoice.currency)}`),
      renewsOn: DATE_FMT.format(new Date(renewsOnIso)),
    };
  }
}
