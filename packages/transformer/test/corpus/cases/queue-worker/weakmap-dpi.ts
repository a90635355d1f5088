// origin: shape of a document-rendering worker that keeps per-instance render settings in a module WeakMap (your own writing)
// category: queue-worker
// decorators: tc39
// expect: KP* renderSettings|dpi
// why: the dpi comes from WeakMap-held per-instance state, set by `configure`; it shapes the upstream render but is not in the key (nothing less)
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

interface RenderApi { pdfToPng(url: string, page: number, dpi: number): Promise<Uint8Array> }

const renderSettings = new WeakMap<PageRenderer, { dpi: number }>();

export class PageRenderer {
  constructor(private readonly api: RenderApi) {
    renderSettings.set(this, { dpi: 150 });
  }

  configure(dpi: number): this {
    renderSettings.set(this, { dpi });
    return this;
  }

  @memoize({ version: 'r1', ttl: '14d', cost: 0.002 })
  async page(pdfUrl: string, page: number): Promise<Uint8Array> {
    const dpi = renderSettings.get(this)?.dpi ?? 150;
    return this.api.pdfToPng(pdfUrl, page, dpi);
  }
}

export function startRenderWorker(renderer: PageRenderer): Worker<{ url: string; pages: number }> {
  return new Worker<{ url: string; pages: number }>('render', async (job: Job<{ url: string; pages: number }>) => {
    for (let p = 1; p <= job.data.pages; p++) await renderer.page(job.data.url, p);
  });
}
