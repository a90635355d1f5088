// origin: shape of a Stripe Connect platform that adds the connected account to its clients with a mixin (never a verbatim copy)
// category: pricing-client
// decorators: legacy
// expect: KP91040 stripeAccount
// why: the mixin gives the class a plain-data field `stripeAccount`, set per instance, that the memoised method sends as the Stripe-Account header; nothing decides it, so two merchants' invoices would share entries (principle 2).
import Stripe from 'stripe';
import { memoize } from 'keyproof';

type Constructor<T = object> = new (...args: any[]) => T;

/** Requests made by the class go to the merchant's connected account. */
function WithConnectedAccount<TBase extends Constructor>(Base: TBase) {
  return class extends Base {
    stripeAccount = '';

    forAccount(accountId: string): this {
      this.stripeAccount = accountId;
      return this;
    }

    requestOptions(): Stripe.RequestOptions {
      return this.stripeAccount ? { stripeAccount: this.stripeAccount } : {};
    }
  };
}

class StripeResource {
  constructor(readonly stripe: Stripe) {}
}

export interface UpcomingInvoice {
  amountDueCents: number;
  currency: string;
  lines: { description: string; amountCents: number }[];
}

export class MerchantBilling extends WithConnectedAccount(StripeResource) {
  @memoize({ version: 'upcoming-v1', ttl: '10m', cost: 0.0002 })
  async upcoming(customerId: string, subscriptionId?: string): Promise<UpcomingInvoice> {
    const inv = await this.stripe.invoices.retrieveUpcoming(
      { customer: customerId, subscription: subscriptionId },
      this.requestOptions(),
    );
    return {
      amountDueCents: inv.amount_due,
      currency: inv.currency,
      lines: inv.lines.data.map((l) => ({ description: l.description ?? '', amountCents: l.amount })),
    };
  }
}
