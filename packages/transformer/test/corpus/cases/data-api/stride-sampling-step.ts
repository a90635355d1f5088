// origin: probe: a step from configuration that samples every n-th row (not a stride: it picks which rows come back)
// category: data-api
// decorators: tc39
// expect: KP91044 SAMPLE_EVERY
// why: the step decides which rows are kept, so a change of step is another answer (principle 2; a width that only cuts the same rows into pieces would need no decision).
import { memoize } from 'keyproof';

const SAMPLE_EVERY = Number(process.env.SAMPLE_EVERY ?? 10);

interface Point { t: number; v: number }

export const sampledSeries = memoize(
  async function sampledSeries(metric: string, day: string): Promise<Point[]> {
    const res = await fetch(`https://metrics.internal/${metric}?day=${day}`);
    const points = (await res.json()) as Point[];
    const out: Point[] = [];
    for (let i = 0; i < points.length; i += SAMPLE_EVERY) out.push(points[i]!);
    return out;
  },
  { version: 'series-v1', ttl: '1d' },
);
