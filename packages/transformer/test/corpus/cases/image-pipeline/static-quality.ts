// origin: shape of an image optimiser whose compression level lives in mutable static class config tuned at startup (your own writing)
// category: image-pipeline
// decorators: legacy
// expect: KP* quality
// why: `Optimizer.quality` is a mutable static field (changed by `tune`), read into the upstream request and not in the key (nothing less)
import { memoize } from 'keyproof';

interface CompressApi { compress(bytes: Uint8Array, opts: { quality: number; progressive: boolean }): Promise<Uint8Array> }

export class Optimizer {
  static quality = 75;
  static readonly progressive = true;

  static tune(level: 'low' | 'medium' | 'high'): void {
    Optimizer.quality = level === 'high' ? 92 : level === 'medium' ? 80 : 60;
  }

  constructor(private readonly api: CompressApi) {}

  /**
   * @excludeFromKey original identity already captured by sha256
   */
  @memoize({ version: 'opt-v1', ttl: '90d', cost: 0.0006 })
  async optimise(sha256: string, original: Uint8Array): Promise<Uint8Array> {
    return this.api.compress(original, { quality: Optimizer.quality, progressive: Optimizer.progressive });
  }
}
