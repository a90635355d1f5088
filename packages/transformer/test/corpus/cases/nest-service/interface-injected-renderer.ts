// origin: shape of a NestJS invoice module: an interface token injected with @Inject(PDF_RENDERER), the memoised implementation registered as a provider elsewhere
// category: nest-service
// decorators: legacy
// expect: KP91020 requestId
import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { memoize } from 'keyproof';

export const PDF_RENDERER = Symbol('PDF_RENDERER');

export interface PdfRenderer {
  render(templateId: string, requestId: string, data: Record<string, string>): Promise<Uint8Array>;
}

interface HtmlToPdf { convert(html: string): Promise<Uint8Array> }

@Injectable()
export class ChromiumPdfRenderer implements PdfRenderer {
  constructor(private readonly chromium: HtmlToPdf) {}

  @memoize({ ttl: '7d', cost: 0.002 })
  async render(templateId: string, requestId: string, data: Record<string, string>): Promise<Uint8Array> {
    const html = `<!-- ${requestId} --><main data-template="${templateId}">${Object.entries(data).map(([k, v]) => `<p>${k}: ${v}</p>`).join('')}</main>`;
    return this.chromium.convert(html);
  }
}

@Injectable()
export class InvoiceService {
  private readonly logger = new Logger(InvoiceService.name);

  constructor(@Inject(PDF_RENDERER) private readonly renderer: PdfRenderer) {}

  async invoicePdf(invoiceNo: string, customer: string, total: string): Promise<Uint8Array> {
    this.logger.log(`rendering ${invoiceNo}`);
    return this.renderer.render('invoice-v2', randomUUID(), { invoiceNo, customer, total });
  }
}
