// origin: shape of a report-rendering worker whose renderer stamps itself with a run id and keys on it
// category: queue-worker
// decorators: legacy
// expect: KP* runId
// why: a @cacheKey field initialised from a monotonic id factory in another module is per-instance-per-run: a per-call value in the key
import { Worker, type Job } from 'bullmq';
import { memoize, cacheKey } from 'keyproof';
import { nextRunId } from './ids';

interface PdfApi {
  render(body: { template: string; data: Record<string, unknown>; runId: string }): Promise<{ bytes: Uint8Array }>;
}

export class ReportRenderer {
  @cacheKey
  readonly runId: string = nextRunId();

  constructor(private readonly pdf: PdfApi) {}

  @memoize({ version: 'pdf-v1', ttl: '7d', cost: 0.02 })
  async render(template: string, data: Record<string, string | number>): Promise<Uint8Array> {
    const out = await this.pdf.render({ template, data, runId: this.runId });
    return out.bytes;
  }
}

export function start(pdf: PdfApi) {
  return new Worker<{ template: string; data: Record<string, string | number> }>('reports', async (job: Job<{ template: string; data: Record<string, string | number> }>) => {
    const renderer = new ReportRenderer(pdf);
    const bytes = await renderer.render(job.data.template, job.data.data);
    await job.updateProgress({ size: bytes.byteLength });
  });
}
