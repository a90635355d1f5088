// origin: review probe: an image's pixel rows cut into tiles of a configured height, one label per tile returned by a vision endpoint
// category: image-pipeline
// decorators: tc39
// expect: KP91044 TILE_BYTES
// why: one label per tile comes back and each tile is TILE_BYTES long, so the tile size decides the labels and their count (principle 2).
import { memoize } from 'keyproof';

const TILE_BYTES = Number(process.env.TILE_BYTES ?? 65536);

export const tileLabels = memoize(
  async function tileLabels(pixels: Uint8Array): Promise<string[]> {
    const labels: string[] = [];
    for (let at = 0; at < pixels.length; at += TILE_BYTES) {
      const res = await fetch('https://vision.internal/v1/label', { method: 'POST', body: pixels.subarray(at, at + TILE_BYTES) });
      labels.push(((await res.json()) as { label: string }).label);
    }
    return labels;
  },
  { version: 'tiles-v1', ttl: '30d' },
);
