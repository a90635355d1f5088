// origin: shape of a PDF-export worker that gives every export a cuid2 id for its audit row and passes it to the memoised renderer, where that parameter is excluded
// category: queue-worker
// decorators: tc39
// expect: clean
import { createId } from '@paralleldrive/cuid2';
import type { Job } from 'bullmq';
import { memoize } from 'keyproof';

interface Renderer { pdf(html: string, opts: { format: 'A4' | 'Letter' }): Promise<Uint8Array> }
interface Audit { record(exportId: string, docId: string): Promise<void> }

export class ExportRenderer {
  constructor(private readonly renderer: Renderer, private readonly audit: Audit) {}

  /**
   * @excludeFromKey exportId audit trail only; identical documents share the PDF
   */
  @memoize({ ttl: '7d', cost: 0.001 })
  async render(exportId: string, docId: string, html: string, format: 'A4' | 'Letter'): Promise<Uint8Array> {
    await this.audit.record(exportId, docId);
    return this.renderer.pdf(html, { format });
  }
}

export async function exportJob(r: ExportRenderer, job: Job<{ docId: string; html: string; format: 'A4' | 'Letter' }>): Promise<number> {
  const exportId = createId();
  const pdf = await r.render(exportId, job.data.docId, job.data.html, job.data.format);
  return pdf.byteLength;
}
