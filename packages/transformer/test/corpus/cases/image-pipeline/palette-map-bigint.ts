// origin: shape of a colour-palette extractor returning a Map of hex colour to share, a bigint perceptual hash and the raw thumbnail bytes
// category: image-pipeline
// decorators: legacy
// expect: clean
// why: Map, bigint and Uint8Array all round-trip through the store; the only inputs are the key argument and a constant
import { memoize } from 'keyproof';

interface PaletteApi {
  extract(image: Uint8Array, colours: number): Promise<{ hex: string; share: number }[]>;
  phash(image: Uint8Array): Promise<string>;
  thumbnail(image: Uint8Array, side: number): Promise<Uint8Array>;
}

const COLOURS = 6;

export interface Palette {
  colours: Map<string, number>;
  phash: bigint;
  thumb: Uint8Array;
}

export class PaletteService {
  constructor(private readonly api: PaletteApi) {}

  @memoize({ version: 'v1', ttl: '365d', cost: 0.001 })
  async palette(image: Uint8Array): Promise<Palette> {
    const [swatches, hash, thumb] = await Promise.all([
      this.api.extract(image, COLOURS),
      this.api.phash(image),
      this.api.thumbnail(image, 64),
    ]);
    return { colours: new Map(swatches.map((s) => [s.hex, s.share])), phash: BigInt(`0x${hash}`), thumb };
  }
}
