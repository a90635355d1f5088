// origin: shape of a thumbnail service that hands back a Node stream of the resized image so the route can pipe it to the response
// category: image-pipeline
// decorators: tc39
// expect: KP* Readable|body
// why: the declared result holds `body: Readable`, a stream that cannot round-trip through a store.
import { Readable } from 'node:stream';
import { memoize } from 'keyproof';

export interface Thumbnail {
  contentType: string;
  width: number;
  body: Readable;
}

const RESIZER_URL = 'http://resizer.internal:3000';

export const thumbnail = memoize(
  async function thumbnail(sourceUrl: string, width: number): Promise<Thumbnail> {
    const res = await fetch(`${RESIZER_URL}/resize?url=${encodeURIComponent(sourceUrl)}&w=${width}`);
    if (!res.ok) throw new Error(`resizer answered ${res.status}`);
    const contentType = res.headers.get('content-type') ?? 'image/webp';
    const bytes = Buffer.from(await res.arrayBuffer());
    return { contentType, width, body: Readable.from([bytes]) };
  },
  { version: 'thumbnail-v2', ttl: '7d', cost: 0.0004 },
);
