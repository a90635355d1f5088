// origin: review probe: downsampling a series into buckets of a configured width (slice loop over the whole series)
// category: data-api
// decorators: tc39
// expect: KP91044 BUCKET
// why: each returned point is the mean of BUCKET raw points, so the width decides the values and how many come back (principle 2).
import { memoize } from 'keyproof';

const BUCKET = Number(process.env.SERIES_BUCKET ?? 12);

interface Point { t: number; v: number }

export const downsampled = memoize(
  async function downsampled(metric: string, day: string): Promise<number[]> {
    const res = await fetch(`https://metrics.internal/${metric}?day=${day}`);
    const points = (await res.json()) as Point[];
    const out: number[] = [];
    for (let i = 0; i < points.length; i += BUCKET) {
      const bucket = points.slice(i, i + BUCKET);
      out.push(bucket.reduce((s, p) => s + p.v, 0) / bucket.length);
    }
    return out;
  },
  { version: 'down-v1', ttl: '1d' },
);
