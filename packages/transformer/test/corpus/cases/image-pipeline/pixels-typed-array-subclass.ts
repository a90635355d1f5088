// origin: shape of a canvas/raster helper returning its own Uint8ClampedArray subclass that carries width and height (an ImageData look-alike): a round trip through the store gives back a plain Uint8ClampedArray without them
// category: image-pipeline
// decorators: legacy
// expect: KP91032 decode
import { memoize } from 'keyproof';

export class Pixels extends Uint8ClampedArray {
  constructor(readonly width: number, readonly height: number, data?: ArrayLike<number>) {
    super(width * height * 4);
    if (data !== undefined) this.set(data);
  }
}

interface Decoder { decodePng(bytes: Uint8Array): Promise<{ width: number; height: number; rgba: Uint8Array }> }

export class Raster {
  constructor(private readonly decoder: Decoder) {}

  @memoize({ ttl: '7d' })
  async decode(contentHash: string, png: Uint8Array): Promise<Pixels> {
    const { width, height, rgba } = await this.decoder.decodePng(png);
    return new Pixels(width, height, rgba);
  }
}
