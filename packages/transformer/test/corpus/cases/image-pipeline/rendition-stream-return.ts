// origin: shape of a media service that proxies renditions from an object store to the client (never a verbatim copy)
// category: image-pipeline
// decorators: tc39
// expect: KP91032 rendition
// why: the memoised method resolves to a Readable stream, which V8 serialisation cannot store, so a hit could never hand back the bytes (principle 6).
import { Readable } from 'node:stream';
import { memoize } from 'keyproof';

export type RenditionSize = 'thumb' | 'medium' | 'large';

const SIZES: Record<RenditionSize, number> = { thumb: 160, medium: 800, large: 1920 };
const RENDER_ENDPOINT = 'https://render.media.internal/v1/render';

export class RenditionService {
  /** Render (or re-render) one size of an asset and stream it back to the caller. */
  @memoize({ version: 'rendition-v1', ttl: '30d', cost: 0.002 })
  async rendition(assetId: string, size: RenditionSize): Promise<Readable> {
    const res = await fetch(`${RENDER_ENDPOINT}?asset=${encodeURIComponent(assetId)}&w=${SIZES[size]}`, {
      headers: { accept: 'image/webp' },
    });
    if (!res.ok || !res.body) throw new Error(`render ${assetId}/${size}: ${res.status}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    return Readable.from([bytes]);
  }
}

export async function sendRendition(svc: RenditionService, assetId: string, size: RenditionSize, sink: NodeJS.WritableStream): Promise<void> {
  const stream = await svc.rendition(assetId, size);
  await new Promise<void>((resolve, reject) => {
    stream.on('error', reject).on('end', () => resolve());
    stream.pipe(sink);
  });
}
