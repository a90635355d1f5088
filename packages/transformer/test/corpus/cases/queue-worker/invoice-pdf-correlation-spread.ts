// origin: shape of a BullMQ invoice-PDF worker that excludes its correlation id parameter but also spreads it into the payload object it keys on
// category: queue-worker
// decorators: legacy
// expect: KP* correlation|correlationId
// why: `correlation` is @notKey, but the worker also spreads it into `payload` (`{ ...job.data.payload, correlationId: correlation }`), a key parameter, so it reaches the key anyway.
import { Worker } from 'bullmq';
import { Logger } from '@nestjs/common';
import { memoize, notKey } from 'keyproof';

export interface InvoicePayload {
  invoiceId: string;
  locale: string;
  template: 'compact' | 'detailed';
  correlationId?: string;
}

export interface RenderedInvoice {
  invoiceId: string;
  pages: number;
  pdfBase64: string;
}

export interface PdfRenderer {
  render(template: string, locale: string, invoiceId: string): Promise<{ pages: number; bytes: Uint8Array }>;
}

export interface InvoiceJobData {
  payload: InvoicePayload;
  correlation?: string;
}

export class InvoicePdfService {
  private readonly logger = new Logger('InvoicePdfService');

  constructor(private readonly renderer: PdfRenderer) {}

  @memoize({ version: 'invoice-pdf-v7', ttl: '90d', cost: 0.01 })
  async render(payload: InvoicePayload, @notKey('log correlation only') correlation: string): Promise<RenderedInvoice> {
    this.logger.log(`[${correlation}] rendering ${payload.invoiceId} (${payload.template}, ${payload.locale})`);
    const { pages, bytes } = await this.renderer.render(payload.template, payload.locale, payload.invoiceId);
    return { invoiceId: payload.invoiceId, pages, pdfBase64: Buffer.from(bytes).toString('base64') };
  }
}

export function startInvoiceWorker(service: InvoicePdfService): Worker<InvoiceJobData> {
  return new Worker<InvoiceJobData>('invoice-pdf', async (job) => {
    const correlation = job.data.correlation ?? `${job.name}-${job.timestamp}`;
    const payload: InvoicePayload = { ...job.data.payload, correlationId: correlation };
    const rendered = await service.render(payload, correlation);
    await job.updateProgress(100);
    return { invoiceId: rendered.invoiceId, pages: rendered.pages };
  });
}
