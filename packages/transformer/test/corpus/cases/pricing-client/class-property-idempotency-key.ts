// origin: shape of a Stripe-backed pricing client (arrow-function class property) that passes a fresh idempotency key per request, as Stripe's docs recommend for writes, into its memoised preview call
// category: pricing-client
// decorators: tc39
// expect: KP91020 idempotencyKey
import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface InvoicePreview { customer: string; amountDue: number; currency: string }

export class BillingClient {
  constructor(private readonly stripe: Stripe) {}

  readonly previewInvoice = memoize(async (customer: string, subscription: string, idempotencyKey: string): Promise<InvoicePreview> => {
    const invoice = await this.stripe.invoices.retrieveUpcoming({ customer, subscription }, { idempotencyKey });
    return { customer, amountDue: invoice.amount_due, currency: invoice.currency };
  }, { id: 'BillingClient.previewInvoice', ttl: '10m' });
}

export async function upgradePreview(billing: BillingClient, customer: string, subscription: string): Promise<number> {
  const preview = await billing.previewInvoice(customer, subscription, randomUUID());
  return preview.amountDue;
}
