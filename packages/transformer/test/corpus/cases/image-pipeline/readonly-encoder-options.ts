// origin: shape of an image-resizer class holding encoder settings as a readonly as-const field, plus an injected encoder service
// category: image-pipeline
// decorators: legacy
// expect: clean
// why: the encoder settings are a readonly field initialised from an as-const literal; the encoder is a service; width and bytes are the key
import { memoize } from 'keyproof';

interface Encoder {
  resize(bytes: Uint8Array, width: number, opts: { format: string; quality: number; stripMetadata: boolean }): Promise<Uint8Array>;
}

export class ImageResizer {
  private readonly settings = { format: 'webp', quality: 82, stripMetadata: true } as const;

  constructor(private readonly encoder: Encoder) {}

  @memoize({ version: 'v5', ttl: '180d', cost: 0.0005 })
  async resize(bytes: Uint8Array, width: number): Promise<Uint8Array> {
    const clamped = Math.max(16, Math.min(width, 4096));
    return this.encoder.resize(bytes, clamped, {
      format: this.settings.format,
      quality: this.settings.quality,
      stripMetadata: this.settings.stripMetadata,
    });
  }
}
