// origin: review probe: thumbnails checked in concurrent windows of a configured width (Promise.all over slices), every result kept in order
// category: queue-worker
// decorators: tc39
// expect: clean
// why: every key is checked once whatever the window, and the results are the same in the same order: a stride (principle 3).
import { memoize } from 'keyproof';

const CONCURRENCY = Number(process.env.CHECK_CONCURRENCY ?? 8);

export const missingThumbs = memoize(
  async function missingThumbs(keys: string[]): Promise<string[]> {
    const missing: string[] = [];
    for (let i = 0; i < keys.length; i += CONCURRENCY) {
      const found = await Promise.all(keys.slice(i, i + CONCURRENCY).map(async (k) => (await fetch(`https://cdn.internal/thumbs/${k}`, { method: 'HEAD' })).ok));
      found.forEach((ok, j) => { if (!ok) missing.push(keys[i + j]!); });
    }
    return missing;
  },
  { version: 'thumbs-v1', ttl: '10m' },
);
