// origin: shape of a document-OCR queue consumer that passes the BullMQ job into the memoised call for progress and log rows only (your own writing, never a verbatim copy)
// category: queue-worker
// decorators: tc39
// expect: clean
// why: the job is excluded with a reason and used only for progress and logs; the key holds the document hash and language, the OCR client is an injected service
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

interface OcrApi {
  recognise(req: { sha256: string; language: string }): Promise<{ text: string; confidence: number }>;
}

type OcrJob = { sha256: string; language: string };

export class OcrWorker {
  constructor(private readonly ocr: OcrApi) {}

  start(): Worker<OcrJob> {
    return new Worker<OcrJob>('ocr', (job) => this.recognise(job.data.sha256, job.data.language, job));
  }

  /**
   * Recognise the text of a stored document.
   * @excludeFromKey job BullMQ handle, only for progress and log rows
   */
  @memoize({ version: 'ocr-v2', ttl: '365d', cost: 0.015 })
  async recognise(sha256: string, language: string, job: Job<OcrJob>): Promise<{ text: string; confidence: number }> {
    await job.updateProgress(20);
    const result = await this.ocr.recognise({ sha256, language: language.toLowerCase() });
    await job.log(`ocr ${job.id ?? '?'} attempt ${job.attemptsMade}: confidence ${result.confidence.toFixed(2)}`);
    return result;
  }
}
