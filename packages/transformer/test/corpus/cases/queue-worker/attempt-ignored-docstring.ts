// origin: shape of an OCR queue worker that forwards the job's attempt count to the extraction service
// category: queue-worker
// decorators: tc39
// expect: KP* attempt
// why: the docstring says the attempt number is ignored by the cache, but nothing excludes it, so the plan keys on a counter that changes every retry
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

interface OcrApi {
  extract(body: { objectKey: string; languages: string[] }): Promise<{ pages: string[] }>;
}

interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
}

export class OcrService {
  constructor(
    private readonly api: OcrApi,
    private readonly log: Logger,
  ) {}

  /**
   * Extract the text of a scanned document.
   * `attempt` is for logging and is ignored by the cache: a retry reuses the earlier answer.
   */
  @memoize({ version: 'ocr-v4', ttl: '180d', cost: 0.015 })
  async extract(objectKey: string, languages: string[], attempt: number): Promise<string[]> {
    this.log.info('ocr extract', { objectKey, attempt });
    const { pages } = await this.api.extract({ objectKey, languages: [...languages].sort() });
    return pages;
  }
}

export function startWorker(ocr: OcrService) {
  return new Worker<{ objectKey: string; languages: string[] }, string[]>('ocr', async (job: Job<{ objectKey: string; languages: string[] }, string[]>) => {
    return ocr.extract(job.data.objectKey, job.data.languages, job.attemptsMade);
  });
}
