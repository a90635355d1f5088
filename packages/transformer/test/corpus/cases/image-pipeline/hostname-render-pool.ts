// origin: shape of an image-resize function that asks the render farm to pin work to the calling host's GPU pool (your own writing, never a verbatim copy)
// category: image-pipeline
// decorators: legacy
// expect: KP* hostname|pool
// why: nothing less: os.hostname() (process environment, not a parameter) picks the render pool sent in the request, and pools render with different encoders, yet the key holds only the source and size
import * as os from 'node:os';
import { memoize } from 'keyproof';

interface RenderFarm {
  resize(req: { sourceUrl: string; width: number; format: 'webp' | 'avif'; pool: string }): Promise<Uint8Array>;
}

declare const farm: RenderFarm;

function poolFor(host: string): string {
  return host.startsWith('gpu-') ? 'gpu' : `cpu-${host.split('.')[0]}`;
}

export const resizeImage = memoize(
  async function resizeImage(sourceUrl: string, width: number, format: 'webp' | 'avif'): Promise<Uint8Array> {
    const pool = poolFor(os.hostname());
    return farm.resize({ sourceUrl, width: Math.round(width), format, pool });
  },
  { version: 'rs-v2', ttl: '90d', cost: 0.002 },
);
