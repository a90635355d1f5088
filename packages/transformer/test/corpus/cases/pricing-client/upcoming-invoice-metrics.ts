// origin: shape of a NestJS billing service that shows the next invoice, instrumented with a Metrics helper (never a verbatim copy)
// category: pricing-client
// decorators: legacy
// expect: clean
// why: amounts are formatted with an explicit locale, and the Metrics wrapper, the client-name tag and the latency timer only observe; the preview depends on the customer and subscription (principles 3 and 4).
import { Injectable, Logger } from '@nestjs/common';
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface InvoicePreview {
  total: string;
  lines: { label: string; amount: string }[];
}

const CLIENT_NAME = 'billing-portal';

@Injectable()
export class Metrics {
  private readonly counts = new Map<string, number>();
  private readonly timings = new Map<string, number[]>();
  count(name: string, tags: Record<string, string>): void {
    const key = `${name}|${Object.entries(tags).map(([k, v]) => `${k}=${v}`).join(',')}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  timing(name: string, ms: number): void {
    this.timings.set(name, [...(this.timings.get(name) ?? []), ms]);
  }
}

function formatMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);
}

@Injectable()
export class BillingPreviewService {
  private readonly logger = new Logger(BillingPreviewService.name);

  constructor(
    private readonly stripe: Stripe,
    private readonly metrics: Metrics,
  ) {}

  @memoize({ version: 'invoice-preview-v2', ttl: '5m' })
  async nextInvoice(customerId: string, subscriptionId: string): Promise<InvoicePreview> {
    const started = Date.now();
    this.metrics.count('stripe.call', { client: CLIENT_NAME, op: 'invoices.upcoming' });
    const invoice = await this.stripe.invoices.retrieveUpcoming({ customer: customerId, subscription: subscriptionId });
    this.metrics.timing('stripe.invoices.upcoming', Date.now() - started);
    this.logger.log(`upcoming invoice for ${customerId}: ${invoice.id}`);
    return {
      total: formatMoney(invoice.amount_due, invoice.currency),
      lines: invoice.lines.data.map((l) => ({ label: l.description ?? 'Subscription', amount: formatMoney(l.amount, invoice.currency) })),
    };
  }
}
