// origin: authors (after blind round 11): an invoice number stepped inside another service's method (`return `${prefix}-${++this.lastNumber}``) and returned in the cached document
// category: queue-worker
// decorators: legacy
// expect: KP91040|KP91046 lastNumber
// why: principle 5: a counter the program steps on every call reaches the answer through a service the renderer holds, so every hit returns the number of the call that filled the cache.
import { Worker, type Job } from 'bullmq';
import { memoize, notKey } from 'keyproof';

interface LineItem { description: string; quantity: number; unitCents: number }
interface InvoiceJob { orderId: string; customerName: string; items: LineItem[] }

export interface RenderedInvoice {
  number: string;
  html: string;
  totalCents: number;
}

class InvoiceNumbering {
  private lastNumber = 10_000;
  next(prefix: string): string {
    return `${prefix}-${++this.lastNumber}`;
  }
}

class InvoiceRenderer {
  private readonly numbering = new InvoiceNumbering();

  @memoize({ version: 'invoice-html-v3', ttl: '7d' })
  async render(@notKey('queue bookkeeping only') jobId: string, orderId: string, customerName: string, items: LineItem[]): Promise<RenderedInvoice> {
    const totalCents = items.reduce((sum, i) => sum + i.quantity * i.unitCents, 0);
    const number = this.numbering.next('INV');
    const rows = items
      .map((i) => `<tr><td>${i.description}</td><td>${i.quantity}</td><td>${(i.unitCents / 100).toFixed(2)}</td></tr>`)
      .join('');
    const res = await fetch('https://pdf-render.internal/v1/html', {
      method: 'POST',
      headers: { 'x-job': jobId },
      body: JSON.stringify({ template: 'invoice', data: { number, orderId, customerName, rows } }),
    });
    return { number, html: await res.text(), totalCents };
  }
}

const renderer = new InvoiceRenderer();

export const worker = new Worker<InvoiceJob, string>('invoices', async (job: Job<InvoiceJob, string>) => {
  const out = await renderer.render(job.id ?? '', job.data.orderId, job.data.customerName, job.data.items);
  return out.number;
});
