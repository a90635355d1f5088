// origin: shape of an image CDN origin service that returns resized images as Node streams with a placeholder on error (never a verbatim copy)
// category: image-pipeline
// decorators: legacy
// expect: KP91032 thumbnail
// why: the memoised method resolves to a Readable stream (the response body, or a placeholder via .catch), which cannot survive V8 serialisation into the store; the `bucket` field is decided with @cacheKey (principles 2 and 6).
import { Readable } from 'node:stream';
import { createReadStream } from 'node:fs';
import { cacheKey, memoize } from 'keyproof';

const PLACEHOLDER = './assets/placeholder-320.webp';
const RESIZER = 'https://resizer.internal.example.com';

export class OriginThumbnails {
  /** Source bucket: staging and production origins resize different originals. */
  @cacheKey
  private readonly bucket: string;

  constructor(bucket: string) {
    this.bucket = bucket;
  }

  @memoize({ version: 'origin-thumb-v1', ttl: '7d', cost: 0.0005 })
  async thumbnail(objectKey: string, width: 160 | 320 | 640): Promise<Readable> {
    return fetch(`${RESIZER}/${encodeURIComponent(objectKey)}?w=${width}&bucket=${this.bucket}`)
      .then((res) => {
        if (!res.ok || !res.body) throw new Error(`resizer ${res.status}`);
        return Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>);
      })
      .catch((err: unknown) => {
        console.warn(`thumbnail ${objectKey}@${width} failed, serving placeholder`, err);
        return createReadStream(PLACEHOLDER);
      });
  }
}
