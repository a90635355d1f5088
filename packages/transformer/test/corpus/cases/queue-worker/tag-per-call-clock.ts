// origin: shape of a BullMQ report worker that tags each rendered report with the time it was rendered
// category: queue-worker
// decorators: tc39
// expect: KP* Date.now|now
// why: a tag part is the clock read when the entry is stored: a per-call value, never the same twice, so no invalidation can name it
import { Worker, type Job } from 'bullmq';
import { memoize, tag } from 'keyproof';

interface Report {
  reportId: string;
  pdfUrl: string;
}

declare const renderer: { render(reportId: string): Promise<Report> };

export class ReportRenderer {
  @memoize({ id: 'reports.render', ttl: '7d', tags: ({ reportId }) => [tag('report', reportId), tag('rendered', Date.now())] })
  async render(reportId: string): Promise<Report> {
    const r = await renderer.render(reportId);
    return { reportId: r.reportId, pdfUrl: r.pdfUrl };
  }
}

const reports = new ReportRenderer();
export const worker = new Worker('reports', async (job: Job<{ reportId: string }>) => reports.render(job.data.reportId));
