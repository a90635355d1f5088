// origin: shape of an image CDN client with a fluent transform builder used inside a memoised resize (your own writing)
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: the builder chain is fed only by key parameters and constants; the client is an injected service; the Uint8Array result round-trips
import { memoize } from 'keyproof';

type Fit = 'cover' | 'contain' | 'inside';

class TransformBuilder {
  private readonly ops: string[] = [];
  resize(width: number, height: number, fit: Fit): this {
    this.ops.push(`w_${width},h_${height},c_${fit}`);
    return this;
  }
  format(fmt: 'webp' | 'avif' | 'png'): this {
    this.ops.push(`f_${fmt}`);
    return this;
  }
  quality(q: number): this {
    this.ops.push(`q_${q}`);
    return this;
  }
  build(): string {
    return this.ops.join('/');
  }
}

interface ImageCdn { fetchTransformed(sourceKey: string, transform: string): Promise<Uint8Array> }

const DEFAULT_QUALITY = 82;

export class ThumbnailService {
  constructor(private readonly cdn: ImageCdn) {}

  @memoize({ version: 'thumb-v2', ttl: '365d', cost: 0.0003 })
  async thumbnail(sourceKey: string, width: number, height: number, fit: Fit = 'cover'): Promise<Uint8Array> {
    const transform = new TransformBuilder()
      .resize(Math.round(width), Math.round(height), fit)
      .format(width * height > 1_000_000 ? 'avif' : 'webp')
      .quality(DEFAULT_QUALITY)
      .build();
    return this.cdn.fetchTransformed(sourceKey, transform);
  }
}
