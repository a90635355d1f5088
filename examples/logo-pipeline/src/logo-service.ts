import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { memoize } from 'keyproof';
import type { ImageApiClient } from './image-api-client.js';
import type { LogoRequest, Mode } from './logo-request.js';

/** What one job produced: its own files, whether or not the image came from the cache. */
export interface JobOutput {
  readonly jobId: string;
  readonly imageFile: string;
  readonly metadataFile: string;
  readonly sourceHash: string;
  /** SHA-256 of the image bytes written. */
  readonly imageHash: string;
  readonly bytes: number;
}

export class LogoService {
  constructor(
    private readonly api: ImageApiClient,
    private readonly jobsRoot: string,
  ) {}

  /**
   * Generate the logo for one job. Keeps the per-call side effects (the job's folder, its
   * metadata); the expensive call below never sees the job ID.
   */
  async generateForJob(jobId: string, request: LogoRequest): Promise<JobOutput> {
    const sourceHash = sha256(request.sourceImage);
    const image = await this.generate(jobId, request.mode, request.businessName, request.style, request.colors, sourceHash, request.sourceImage);
    const dir = join(this.jobsRoot, jobId);
    await mkdir(dir, { recursive: true });
    const imageFile = join(dir, 'logo.png');
    const metadataFile = join(dir, 'metadata.json');
    const imageHash = sha256(image);
    await writeFile(imageFile, image);
    await writeFile(metadataFile, JSON.stringify({ jobId, businessName: request.businessName, sourceHash, imageHash, writtenAt: new Date().toISOString() }, null, 2));
    return { jobId, imageFile, metadataFile, sourceHash, imageHash, bytes: image.byteLength };
  }

  /**
   * The paid API round-trip, memoised. Results are shared across jobs: keyed on exactly what
   * shapes the image (mode, business name, style, colours and the content hash of the source
   * image). The job ID and the bytes travel with the call but stay out of the key.
   * @excludeFromKey jobId unique per run; only labels the request in the provider's logs
   * @excludeFromKey sourceBytes identity already captured by sourceHash
   */
  @memoize({ version: 'gen-v3', ttl: '30d', cost: 0.04 })
  private async generate(jobId: string, mode: Mode, businessName: string, style: string, colors: readonly string[], sourceHash: string, sourceBytes: Uint8Array): Promise<Uint8Array> {
    return this.api.generate({ jobId, mode, businessName, style, colors, source: sourceBytes });
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
