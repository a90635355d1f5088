// origin: shape of an animated-GIF assembler: frames: Frame[] where each Frame also records the job that rendered it (issue 14: "make the carried-value check follow arrays")
// category: image-pipeline
// decorators: legacy
// expect: KP91011 jobId
import { memoize } from 'keyproof';

export interface Frame { index: number; png: Uint8Array; delayMs: number; jobId: string }
interface GifEncoder { encode(frames: { png: Uint8Array; delayMs: number }[], loop: boolean): Promise<Uint8Array> }

export class GifAssembler {
  constructor(private readonly encoder: GifEncoder) {}

  /**
   * Assemble frames into a GIF.
   * @excludeFromKey jobId for the progress log only
   */
  @memoize({ ttl: '7d' })
  async assemble(jobId: string, frames: Frame[], loop = true): Promise<Uint8Array> {
    console.info(`[${jobId}] assembling ${frames.length} frames`);
    return this.encoder.encode(frames.map(({ png, delayMs }) => ({ png, delayMs })), loop);
  }
}
