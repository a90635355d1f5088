// origin: shape of a BullMQ worker that rasterises every page of an uploaded PDF and caches each page render (own writing)
// category: queue-worker
// decorators: tc39
// expect: clean
// why: `pageIndex` is a loop counter declared in the `for` header of each job, so it restarts at 0 on every job; passing it to the keyed `pageIndex` parameter gives keys that repeat across jobs for the same document.
import { Worker } from 'bullmq';
import { memoize } from 'keyproof';

interface PdfRasterizer {
  renderPage(docUrl: string, pageIndex: number, dpi: number): Promise<{ key: string; bytes: number }>;
}

interface RasterJob {
  docUrl: string;
  pageCount: number;
  dpi: number;
}

export interface PageRaster {
  key: string;
  bytes: number;
}

export class PageRasterCache {
  constructor(private readonly rasterizer: PdfRasterizer) {}

  @memoize({ version: 'pdfium-6312', ttl: '30d', cost: 0.001 })
  async rasterPage(docUrl: string, pageIndex: number, dpi: number): Promise<PageRaster> {
    const out = await this.rasterizer.renderPage(docUrl, pageIndex, dpi);
    return { key: out.key, bytes: out.bytes };
  }
}

export function startRasterWorker(cache: PageRasterCache): Worker<RasterJob, { pages: PageRaster[] }> {
  return new Worker<RasterJob, { pages: PageRaster[] }>(
    'rasterize-pdf',
    async (job) => {
      const pages: PageRaster[] = [];
      for (let pageIndex = 0; pageIndex < job.data.pageCount; pageIndex++) {
        pages.push(await cache.rasterPage(job.data.docUrl, pageIndex, job.data.dpi));
        await job.updateProgress(Math.round(((pageIndex + 1) / job.data.pageCount) * 100));
      }
      return { pages };
    },
    { concurrency: 4 },
  );
}
