// origin: shape of a video-transcode worker service whose output path defaults to a name built from the excluded job id
// category: queue-worker
// decorators: legacy
// expect: KP* jobId|outputPath
// why: jobId is excluded as per-run, but the outputPath parameter defaults to a string built from it and outputPath is keyed, so the excluded value reaches the key another way
import type { Job } from 'bullmq';
import { memoize } from 'keyproof';

interface TranscodeResult {
  durationMs: number;
  bytes: number;
  location: string;
}

interface Transcoder {
  run(input: string, preset: string, output: string): Promise<{ durationMs: number; bytes: number }>;
}

export class TranscodeService {
  constructor(private readonly transcoder: Transcoder) {}

  /**
   * Transcodes one source into a preset.
   * @excludeFromKey jobId unique per queue job
   */
  @memoize({ version: 'v2', ttl: '30d', cost: 0.4 })
  async transcode(jobId: string, sourceUrl: string, preset: string, outputPath = `s3://renders/${jobId}/${preset}.mp4`): Promise<TranscodeResult> {
    const out = await this.transcoder.run(sourceUrl, preset, outputPath);
    return { durationMs: out.durationMs, bytes: out.bytes, location: outputPath };
  }
}

export async function processTranscode(job: Job<{ sourceUrl: string; preset: string }>, svc: TranscodeService): Promise<TranscodeResult> {
  return svc.transcode(job.id ?? job.name, job.data.sourceUrl, job.data.preset);
}
