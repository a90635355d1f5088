// origin: shape of a document-ingestion worker: the OCR call is keyed on the file's sha256 and page range, the job id is excluded and only used for progress logs
// category: queue-worker
// decorators: legacy
// expect: clean
import { createHash, randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import { memoize } from 'keyproof';

export interface OcrPage { page: number; text: string; confidence: number }
interface OcrApi { recognise(pdf: Uint8Array, pages: { from: number; to: number }): Promise<OcrPage[]> }
interface Blobs { get(key: string): Promise<Uint8Array> }

export class OcrService {
  constructor(private readonly ocr: OcrApi) {}

  /**
   * OCR a PDF. Results are shared across jobs: the job id is excluded from the key.
   * @excludeFromKey jobId progress logging only
   * @excludeFromKey pdf identity captured by contentHash
   */
  @memoize({ version: 'ocr-2', ttl: '365d', cost: 0.015 })
  async recognise(jobId: string, contentHash: string, from: number, to: number, pdf: Uint8Array): Promise<OcrPage[]> {
    console.info(`[${jobId}] OCR ${contentHash} pages ${from}-${to}`);
    return this.ocr.recognise(pdf, { from, to });
  }
}

export async function ingest(job: Job<{ blobKey: string; pages: number }>, blobs: Blobs, ocr: OcrService): Promise<number> {
  const pdf = await blobs.get(job.data.blobKey);
  const contentHash = createHash('sha256').update(pdf).digest('hex');
  const pages = await ocr.recognise(job.id ?? randomUUID(), contentHash, 1, job.data.pages, pdf);
  return pages.length;
}
