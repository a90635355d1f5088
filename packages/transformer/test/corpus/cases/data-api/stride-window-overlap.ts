// origin: probe: a moving-window width from configuration, stepping by one (windows overlap: the width shapes every average)
// category: data-api
// decorators: legacy
// expect: KP91040 windowSize
// why: each average is over `windowSize` points, so the answer changes with the width (principle 2).
import { memoize } from 'keyproof';

interface Point { t: number; v: number }

export class Smoothing {
  private readonly windowSize: number;
  constructor(settings: { windowSize: number }) {
    this.windowSize = settings.windowSize;
  }

  @memoize({ version: 'smooth-v1', ttl: '1d' })
  async smoothed(metric: string): Promise<number[]> {
    const res = await fetch(`https://metrics.internal/${metric}`);
    const points = (await res.json()) as Point[];
    const out: number[] = [];
    for (let i = 0; i < points.length; i += 1) {
      const window = points.slice(i, i + this.windowSize);
      out.push(window.reduce((s, p) => s + p.v, 0) / window.length);
    }
    return out;
  }
}
