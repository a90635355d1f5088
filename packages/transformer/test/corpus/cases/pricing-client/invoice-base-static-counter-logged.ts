// origin: shape of a Stripe billing client whose abstract base counts requests in a static and writes a debug line per call
// category: pricing-client
// decorators: legacy
// expect: clean
// why: the base-class helper reads the mutable static counter and the host name only to build a debug log line; the request uses the customer parameter and a constant.
import { hostname } from 'node:os';
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface UpcomingTotal {
  amountDue: number;
  currency: string;
  lineCount: number;
}

export abstract class AbstractBillingClient {
  /** Requests sent by every billing client in this process (for the debug log). */
  static requestsSent = 0;

  protected constructor(protected readonly stripe: Stripe) {}

  protected abstract readonly clientName: string;

  protected noteRequest(operation: string): void {
    AbstractBillingClient.requestsSent += 1;
    console.debug(
      `[stripe:${this.clientName}] ${operation} #${AbstractBillingClient.requestsSent} from ${hostname()}`,
    );
  }
}

export class UpcomingInvoiceClient extends AbstractBillingClient {
  protected readonly clientName = 'upcoming-invoices';

  constructor(stripe: Stripe) {
    super(stripe);
  }

  @memoize({ version: 'upcoming-total-v1', ttl: '10m' })
  async upcomingTotal(customerId: string): Promise<UpcomingTotal> {
    this.noteRequest('invoices.retrieveUpcoming');
    const invoice = await this.stripe.invoices.retrieveUpcoming({ customer: customerId });
    return {
      amountDue: invoice.amount_due,
      currency: invoice.currency,
      lineCount: invoice.lines.data.length,
    };
  }
}
