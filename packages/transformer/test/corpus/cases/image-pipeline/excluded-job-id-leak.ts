// origin: shape of a transcoding service that excludes the job id by path while the same job id is baked into the keyed output path
// category: image-pipeline
// decorators: tc39
// expect: KP* jobId|outputPath
// why: `@excludeFromKey req.jobId` drops the property, but req.outputPath (built from the same nanoid at the call site) stays in the key: the excluded per-job value reaches the key by another route
import { nanoid } from 'nanoid';
import { memoize } from 'keyproof';

interface Transcoder {
  convert(body: { sourceUrl: string; format: string; maxEdge: number }): Promise<{ bytes: Uint8Array }>;
}

interface TranscodeRequest {
  sourceUrl: string;
  format: 'webp' | 'avif' | 'jpeg';
  maxEdge: number;
  jobId: string;
  outputPath: string;
}

export class TranscodeService {
  constructor(private readonly transcoder: Transcoder) {}

  /**
   * Convert a source image; the caller writes the bytes to req.outputPath.
   * @excludeFromKey req.jobId per-job id, unique every run
   */
  @memoize({ version: 'tx-v3', ttl: '30d', cost: 0.004 })
  async convert(req: TranscodeRequest): Promise<Uint8Array> {
    const { sourceUrl, format, maxEdge } = req;
    const out = await this.transcoder.convert({ sourceUrl, format, maxEdge });
    return out.bytes;
  }
}

export async function transcodeAll(service: TranscodeService, urls: string[]): Promise<Map<string, Uint8Array>> {
  const results = new Map<string, Uint8Array>();
  for (const sourceUrl of urls) {
    const jobId = nanoid();
    const req: TranscodeRequest = { sourceUrl, format: 'webp', maxEdge: 1600, jobId, outputPath: `/var/tmp/transcode/${jobId}.webp` };
    results.set(req.outputPath, await service.convert(req));
  }
  return results;
}
