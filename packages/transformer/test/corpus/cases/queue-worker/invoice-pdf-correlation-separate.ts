// origin: shape of a BullMQ statement-PDF worker that passes its correlation id only to the parameter excluded for logging
// category: queue-worker
// decorators: legacy
// expect: clean
// why: the correlation id reaches only the @notKey parameter (a log prefix); the payload object keyed on is the job's data, untouched.
import { Worker } from 'bullmq';
import { Logger } from '@nestjs/common';
import { memoize, notKey } from 'keyproof';

export interface StatementPayload {
  statementId: string;
  locale: string;
  template: 'compact' | 'detailed';
}

export interface RenderedStatement {
  statementId: string;
  pages: number;
  pdfBase64: string;
}

export interface StatementRenderer {
  render(template: string, locale: string, statementId: string): Promise<{ pages: number; bytes: Uint8Array }>;
}

export interface StatementJobData {
  payload: StatementPayload;
  correlation?: string;
}

export class StatementPdfService {
  private readonly logger = new Logger('StatementPdfService');

  constructor(private readonly renderer: StatementRenderer) {}

  @memoize({ version: 'statement-pdf-v2', ttl: '90d', cost: 0.01 })
  async render(payload: StatementPayload, @notKey('log correlation only') correlation: string): Promise<RenderedStatement> {
    this.logger.log(`[${correlation}] rendering ${payload.statementId} (${payload.template}, ${payload.locale})`);
    const { pages, bytes } = await this.renderer.render(payload.template, payload.locale, payload.statementId);
    return { statementId: payload.statementId, pages, pdfBase64: Buffer.from(bytes).toString('base64') };
  }
}

export function startStatementWorker(service: StatementPdfService): Worker<StatementJobData> {
  return new Worker<StatementJobData>('statement-pdf', async (job) => {
    const correlation = job.data.correlation ?? `${job.name}-${job.timestamp}`;
    const rendered = await service.render(job.data.payload, correlation);
    await job.updateProgress(100);
    return { statementId: rendered.statementId, pages: rendered.pages };
  });
}
