// origin: shape of a BullMQ worker that renders invoice summaries and stamps the rendering host (never a verbatim copy)
// category: queue-worker
// decorators: tc39
// expect: KP91044|KP91046 hostname
// why: the machine's host name is written into the returned summary, so a cached entry carries whichever worker filled it; the value is outside the parameters and undecided (principle 2).
// widened: the writer expected KP91046; keyproof gives a value of process.env or of the machine that reaches the answer KP91044, as its README's code table says (round 10's scoring).
import { hostname } from 'node:os';
import { Worker, type Job } from 'bullmq';
import Stripe from 'stripe';
import { memoize } from 'keyproof';

const stripe = new Stripe('sk_live_placeholder', { apiVersion: '2024-06-20' });

export interface InvoicePreview {
  customer: string;
  amountDue: number;
  currency: string;
  lines: string[];
  renderedBy: string;
}

class InvoicePreviewer {
  /** Upcoming-invoice previews are slow (~1.5 s) and asked for again on every page view. */
  @memoize({ version: 'invoice-preview-v3', ttl: '1h' })
  async preview(customer: string, subscription: string): Promise<InvoicePreview> {
    const invoice = await stripe.invoices.retrieveUpcoming({ customer, subscription });
    return {
      customer,
      amountDue: invoice.amount_due,
      currency: invoice.currency,
      lines: invoice.lines.data.map((l) => `${l.description ?? 'item'}: ${l.amount}`),
      // Handy when support asks which box produced a weird preview.
      renderedBy: hostname(),
    };
  }
}

const previewer = new InvoicePreviewer();

export const worker = new Worker<{ customer: string; subscription: string }, InvoicePreview>(
  'invoice-previews',
  async (job: Job<{ customer: string; subscription: string }, InvoicePreview>) => {
    await job.log(`previewing for ${job.data.customer}`);
    return previewer.preview(job.data.customer, job.data.subscription);
  },
  { concurrency: 4 },
);
