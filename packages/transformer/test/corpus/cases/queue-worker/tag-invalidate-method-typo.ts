// origin: shape of a BullMQ invoice worker that drops all cached invoice renders after a template deploy
// category: queue-worker
// decorators: tc39
// expect: KP* invoices.render
// why: invalidateMethod names 'invoices.render' but the method's id is 'invoice.render': a typo that would silently drop nothing
import { Worker, type Job } from 'bullmq';
import { memoize, invalidateMethod } from 'keyproof';

interface InvoicePdf {
  invoiceId: string;
  bytes: number;
}

declare const pdf: { render(invoiceId: string, template: string): Promise<InvoicePdf> };

export class InvoiceRenderer {
  @memoize({ id: 'invoice.render', version: 't3', ttl: '30d' })
  async render(invoiceId: string, template: string): Promise<InvoicePdf> {
    const out = await pdf.render(invoiceId, template);
    return { invoiceId: out.invoiceId, bytes: out.bytes };
  }
}

export const deployWorker = new Worker('template-deploys', async (_job: Job<{ template: string }>) => {
  await invalidateMethod('invoices.render');
});
