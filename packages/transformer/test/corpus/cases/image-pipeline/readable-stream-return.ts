// origin: shape of an image CDN client whose memoised thumbnail call returns the response body stream
// category: image-pipeline
// decorators: tc39
// expect: KP* thumbnail
// why: a ReadableStream cannot be stored and come back; the method's declared return is not storable
import { memoize } from 'keyproof';

const CDN = 'https://img.example.com';
const FORMATS = ['webp', 'avif', 'jpeg'] as const;

export class ThumbnailClient {
  @memoize({ version: 'thumb-v1', ttl: '30d', cost: 0.0001 })
  async thumbnail(assetId: string, width: number, format: (typeof FORMATS)[number]): Promise<ReadableStream<Uint8Array>> {
    const res = await fetch(`${CDN}/t/${assetId}?w=${width}&fm=${format}`);
    if (!res.ok || !res.body) throw new Error(`thumbnail ${assetId}: ${res.status}`);
    return res.body;
  }

  async thumbnailBytes(assetId: string, width: number): Promise<Uint8Array> {
    const stream = await this.thumbnail(assetId, width, 'webp');
    const chunks: Uint8Array[] = [];
    const reader = stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
    }
    return Buffer.concat(chunks);
  }
}
