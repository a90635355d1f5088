// origin: shape of a sharp-based thumbnail helper returning the Buffer from toBuffer() (callers then use buf.toString('base64')), memoised as is: Node's serializer returns a Buffer again, so it must build
// category: image-pipeline
// decorators: tc39
// expect: clean
import { memoize } from 'keyproof';

interface SharpPipeline { resize(width: number): SharpPipeline; png(): SharpPipeline; toBuffer(): Promise<Buffer> }
type SharpFactory = (input: Uint8Array) => SharpPipeline;

export class Thumbs {
  constructor(private readonly sharp: SharpFactory) {}

  @memoize({ ttl: '30d' })
  async toPng(contentHash: string, width: number, source: Uint8Array): Promise<Buffer> {
    return this.sharp(source).resize(width).png().toBuffer();
  }
}

export async function dataUrl(thumbs: Thumbs, contentHash: string, source: Uint8Array): Promise<string> {
  const png = await thumbs.toPng(contentHash, 64, source);
  return `data:image/png;base64,${png.toString('base64')}`;
}
