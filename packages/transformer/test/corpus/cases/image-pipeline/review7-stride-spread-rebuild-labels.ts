// origin: review probe: an image's bytes cut into tiles of a configured size, one label per tile appended by rebuilding the array with a spread
// category: image-pipeline
// decorators: tc39
// expect: KP91044 TILE_BYTES
// why: one label per tile: the tile width decides how many labels come back (principle 2).
import { memoize } from 'keyproof';

const TILE_BYTES = Number(process.env.TILE_BYTES ?? 65536);

export const tileLabels = memoize(
  async function tileLabels(image: Uint8Array): Promise<string[]> {
    let labels: string[] = [];
    for (let i = 0; i < image.length; i += TILE_BYTES) {
      const res = await fetch('https://vision.internal/v1/label', { method: 'POST', body: image.slice(i, i + TILE_BYTES) });
      const { label } = (await res.json()) as { label: string };
      labels = [...labels, label];
    }
    return labels;
  },
  { version: 'tile-labels-v1', ttl: '1d' },
);
