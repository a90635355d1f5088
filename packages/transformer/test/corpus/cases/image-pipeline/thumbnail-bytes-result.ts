// origin: shape of a thumbnail service that caches the resized bytes and wraps them in a stream only in a non-memoised helper for the route
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: the memoised function returns plain data with a Uint8Array; the stream is made outside it, in a helper that is not memoised.
import { Readable } from 'node:stream';
import { memoize } from 'keyproof';

export interface ThumbnailBytes {
  contentType: string;
  width: number;
  bytes: Uint8Array;
}

const THUMB_RESIZER_URL = 'http://resizer.internal:3000';

export const thumbnailBytes = memoize(
  async function thumbnailBytes(sourceUrl: string, width: number): Promise<ThumbnailBytes> {
    const res = await fetch(`${THUMB_RESIZER_URL}/resize?url=${encodeURIComponent(sourceUrl)}&w=${width}`);
    if (!res.ok) throw new Error(`resizer answered ${res.status}`);
    const contentType = res.headers.get('content-type') ?? 'image/webp';
    return { contentType, width, bytes: new Uint8Array(await res.arrayBuffer()) };
  },
  { version: 'thumbnail-bytes-v1', ttl: '7d', cost: 0.0004 },
);

/** For the route: pipe this to the response. */
export async function thumbnailStream(sourceUrl: string, width: number): Promise<{ contentType: string; body: Readable }> {
  const t = await thumbnailBytes(sourceUrl, width);
  return { contentType: t.contentType, body: Readable.from([Buffer.from(t.bytes)]) };
}
