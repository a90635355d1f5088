// origin: shape of a payment-fee preview client excluding a request id by path, but deriving a keyed idempotency key from it by default
// category: pricing-client
// decorators: tc39
// expect: KP* idempotencyKey|requestId
// why: ctx.requestId is excluded, but the keyed idempotencyKey parameter defaults to a string built from it, so the excluded value reaches the key anyway
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface CallContext {
  requestId: string;
  customer: string;
}

export class FeePreview {
  constructor(private readonly stripe: Stripe) {}

  /**
   * Previews the next invoice amount for a customer.
   * @excludeFromKey ctx.requestId per-request correlation id
   */
  @memoize({ version: 'v1', ttl: '10m', cost: 0.001 })
  async upcoming(ctx: CallContext, subscription: string, idempotencyKey: string = `preview-${ctx.requestId}`): Promise<{ amountDue: number; currency: string }> {
    const inv = await this.stripe.invoices.retrieveUpcoming({ customer: ctx.customer, subscription }, { idempotencyKey });
    return { amountDue: inv.amount_due, currency: inv.currency };
  }
}
