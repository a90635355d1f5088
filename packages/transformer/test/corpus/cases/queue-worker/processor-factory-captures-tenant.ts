// origin: shape of a multi-tenant queue setup where a processor factory closes over the tenant id and memoises an invoice render
// category: queue-worker
// decorators: legacy
// expect: KP* tenantId
// why: the memoised function captures the factory's tenantId parameter and sends it upstream, yet only invoiceId is keyed (nothing less: captured parameter)
import { Worker, type Job, type Processor } from 'bullmq';
import { memoize } from 'keyproof';

interface RenderedInvoice {
  invoiceId: string;
  pdf: Uint8Array;
}

declare const renderer: { renderInvoice(tenantId: string, invoiceId: string): Promise<Uint8Array> };

export function createInvoiceProcessor(tenantId: string): Processor<{ invoiceId: string }, RenderedInvoice> {
  const renderInvoice = memoize(
    async function renderInvoice(invoiceId: string): Promise<RenderedInvoice> {
      const pdf = await renderer.renderInvoice(tenantId, invoiceId);
      return { invoiceId, pdf };
    },
    { ttl: '90d', cost: 0.01 },
  );

  return async (job: Job<{ invoiceId: string }, RenderedInvoice>) => renderInvoice(job.data.invoiceId);
}

export function startTenantWorkers(tenants: string[]): Worker<{ invoiceId: string }, RenderedInvoice>[] {
  return tenants.map((t) => new Worker(`invoices-${t}`, createInvoiceProcessor(t), { concurrency: 4 }));
}
