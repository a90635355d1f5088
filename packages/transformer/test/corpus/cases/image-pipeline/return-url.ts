// origin: shape of an asset publisher that returns the CDN location as a WHATWG URL object (your own writing)
// category: image-pipeline
// decorators: tc39
// expect: KP* publish
// why: the declared result holds a `URL`, which does not survive the store (return value)
import { createHash } from 'node:crypto';
import { memoize } from 'keyproof';

interface Bucket { put(key: string, bytes: Uint8Array, contentType: string): Promise<{ etag: string }> }

const CDN_ORIGIN = 'https://img.example-cdn.net';

export class AssetPublisher {
  constructor(private readonly bucket: Bucket) {}

  @memoize({ version: 'pub-v1', ttl: '30d', cost: 0.0001 })
  async publish(bytes: Uint8Array, contentType: string): Promise<{ location: URL; etag: string; size: number }> {
    const digest = createHash('sha256').update(bytes).digest('hex');
    const key = `assets/${digest.slice(0, 2)}/${digest}`;
    const { etag } = await this.bucket.put(key, bytes, contentType);
    return { location: new URL(`/${key}`, CDN_ORIGIN), etag, size: bytes.byteLength };
  }
}
