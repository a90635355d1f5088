// origin: shape of a document-OCR worker whose JSDoc says the job id is ignored by the cache
// category: queue-worker
// decorators: tc39
// expect: KP* jobId
// why: the @param text claims jobId is ignored by the cache, but no exclusion exists, so jobId is in the plan (docstring claim contradicted)
import type { Job } from 'bullmq';
import { memoize } from 'keyproof';

export interface OcrPage {
  page: number;
  text: string;
}

interface OcrEngine {
  recognize(document: Uint8Array, language: string): Promise<OcrPage[]>;
}

interface Log {
  info(msg: string): void;
}

export class OcrService {
  constructor(private readonly engine: OcrEngine, private readonly log: Log) {}

  /**
   * Runs OCR over a document.
   * @param jobId - unique per job; ignored by the cache so re-uploads are free
   * @param document - the PDF bytes
   * @param language - OCR language hint
   */
  @memoize({ version: 'v1', ttl: '90d', cost: 0.15 })
  async recognize(jobId: string, document: Uint8Array, language: string): Promise<OcrPage[]> {
    this.log.info(`ocr for job ${jobId}`);
    const pages = await this.engine.recognize(document, language);
    return pages.map((p) => ({ page: p.page, text: p.text }));
  }
}

export const processOcr = (svc: OcrService) => async (job: Job<{ document: Uint8Array; language: string }>) =>
  svc.recognize(job.id ?? job.name, job.data.document, job.data.language);
