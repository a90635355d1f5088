// origin: shape of an image-tagging service whose colour-name helper keeps its own Map from hex code to computed name
// category: image-pipeline
// decorators: legacy
// expect: clean
// why: a Map one function keeps for itself, filled and read at the same key with what it computes for that key, is that function's own memo, not an input
import { memoize } from 'keyproof';

interface VisionApi {
  dominantColours(imageSha256: string, count: number): Promise<{ hex: string; share: number }[]>;
}

const NAMED = [
  { name: 'black', rgb: [0, 0, 0] },
  { name: 'white', rgb: [255, 255, 255] },
  { name: 'red', rgb: [220, 40, 40] },
  { name: 'green', rgb: [40, 170, 70] },
  { name: 'blue', rgb: [40, 90, 220] },
  { name: 'yellow', rgb: [240, 210, 40] },
] as const;

const nameByHex = new Map<string, string>();

function colourName(hex: string): string {
  const known = nameByHex.get(hex);
  if (known !== undefined) return known;
  const n = parseInt(hex.replace('#', ''), 16);
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  let best: { readonly name: string; readonly rgb: readonly number[] } = NAMED[0];
  let bestDist = Infinity;
  for (const c of NAMED) {
    const d = c.rgb.reduce((acc: number, v: number, i: number) => acc + (v - rgb[i]) ** 2, 0);
    if (d < bestDist) { bestDist = d; best = c; }
  }
  nameByHex.set(hex, best.name);
  return best.name;
}

export class PaletteTagger {
  constructor(private readonly vision: VisionApi) {}

  @memoize({ version: 'palette-v1', ttl: '180d', cost: 0.002 })
  async tags(imageSha256: string, count: number): Promise<string[]> {
    const colours = await this.vision.dominantColours(imageSha256, count);
    return [...new Set(colours.filter((c) => c.share > 0.05).map((c) => colourName(c.hex)))];
  }
}
