// origin: shape of a transcription worker whose memoised step excludes the job id but stamps it into every returned segment (your own writing)
// category: queue-worker
// decorators: legacy
// expect: KP* jobId
// why: `jobId` is excluded from the key, yet the body copies it into the returned segments: a hit would hand one job another job's id (excluded value leaks into the result)
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

interface SpeechApi { transcribe(audioUrl: string, language: string): Promise<{ start: number; end: number; text: string }[]> }
declare const speech: SpeechApi;

export interface Segment { jobId: string; index: number; text: string; seconds: number }

export class Transcriber {
  /**
   * @excludeFromKey jobId only used for correlation
   */
  @memoize({ version: 'whisper-1', ttl: '90d', cost: 0.12 })
  async transcribe(jobId: string, audioUrl: string, language: string): Promise<Segment[]> {
    const raw = await speech.transcribe(audioUrl, language);
    const segments: Segment[] = [];
    for (const [index, part] of raw.entries()) {
      segments.push({ jobId, index, text: part.text.trim(), seconds: part.end - part.start });
    }
    return segments;
  }
}

const transcriber = new Transcriber();
export const worker = new Worker<{ url: string; lang: string }>('transcribe', async (job: Job<{ url: string; lang: string }>) =>
  transcriber.transcribe(job.id ?? 'unknown', job.data.url, job.data.lang),
);
