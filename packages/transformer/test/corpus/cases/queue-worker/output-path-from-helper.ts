// origin: shape of a video transcoding worker (BullMQ/ffmpeg): a helper builds a unique object key for the output, which is passed to the memoised transcode call
// category: queue-worker
// decorators: legacy
// expect: KP91020 outputKey
import { randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import { memoize } from 'keyproof';

export interface TranscodeResult { outputKey: string; durationMs: number; bytes: number }
interface Transcoder { run(sourceUrl: string, preset: string, outputKey: string): Promise<{ durationMs: number; bytes: number }> }

function buildOutputKey(videoId: string, preset: string): string {
  return `videos/${videoId}/${preset}/${randomUUID()}.mp4`;
}

export class TranscodeService {
  constructor(private readonly transcoder: Transcoder) {}

  @memoize({ ttl: '180d', cost: 0.12 })
  async transcode(sourceUrl: string, preset: '720p' | '1080p', outputKey: string): Promise<TranscodeResult> {
    const { durationMs, bytes } = await this.transcoder.run(sourceUrl, preset, outputKey);
    return { outputKey, durationMs, bytes };
  }
}

export async function processTranscode(svc: TranscodeService, job: Job<{ videoId: string; sourceUrl: string; preset: '720p' | '1080p' }>): Promise<TranscodeResult> {
  const { videoId, sourceUrl, preset } = job.data;
  const outputKey = buildOutputKey(videoId, preset);
  return svc.transcode(sourceUrl, preset, outputKey);
}
