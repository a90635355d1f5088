// origin: shape of a NestJS billing service that shows the next invoice with formatted amounts (never a verbatim copy)
// category: pricing-client
// decorators: legacy
// expect: KP91044|KP91046 toLocaleString
// why: the money helper formats amounts with the process's default locale, and those strings are part of the cached preview, so they depend on the machine (principle 4). Scored: KP91044, the code keyproof gives every per-process value that reaches the answer (the default locale or time zone, the host), so the expectation takes either code.
import { Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface InvoicePreview {
  total: string;
  lines: { label: string; amount: string }[];
}

function formatMoney(cents: number, currency: string): string {
  return `${(cents / 100).toLocaleString(undefined, { minimumFractionDigits: 2 })} ${currency.toUpperCase()}`;
}

@Injectable()
export class BillingPreviewService {
  constructor(private readonly stripe: Stripe) {}

  @memoize({ version: 'invoice-preview-v2', ttl: '5m' })
  async nextInvoice(customerId: string, subscriptionId: string): Promise<InvoicePreview> {
    const invoice = await this.stripe.invoices.retrieveUpcoming({ customer: customerId, subscription: subscriptionId });
    return {
      total: formatMoney(invoice.amount_due, invoice.currency),
      lines: invoice.lines.data.map((l) => ({
        label: l.description ?? 'Subscription',
        amount: formatMoney(l.amount, invoice.currency),
      })),
    };
  }
}
