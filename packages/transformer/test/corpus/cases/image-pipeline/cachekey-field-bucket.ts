// origin: shape of a watermarking service bound to a customer bucket that declares the bucket part of its key (your own writing, never a verbatim copy)
// category: image-pipeline
// decorators: legacy
// key: this.bucket
// expect: clean
// why: the per-instance bucket reaches the request, and the user decided it: @cacheKey on the field puts it in the key; the stamp text is a constant
import { cacheKey, memoize } from 'keyproof';

const STAMP = '© Acme Photo';

interface Watermarker {
  apply(req: { bucket: string; object: string; text: string; opacity: number }): Promise<{ object: string; etag: string }>;
}

export class WatermarkService {
  @cacheKey private readonly bucket: string;

  constructor(private readonly marker: Watermarker, bucket: string) {
    this.bucket = bucket;
  }

  @memoize({ version: 'wm-v2', ttl: '30d', cost: 0.003 })
  async watermark(object: string, opacity: number): Promise<{ object: string; etag: string }> {
    return this.marker.apply({ bucket: this.bucket, object, text: STAMP, opacity: Math.min(1, Math.max(0, opacity)) });
  }
}
