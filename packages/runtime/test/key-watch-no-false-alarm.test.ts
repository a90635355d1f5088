import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configure, resetConfig } from '../src/config.js';
import { events } from '../src/events.js';
import { memoize } from '../src/memoize.js';
import { close, stats } from '../src/stats.js';
import { handPlan } from './support/hand-plan.js';
import { uniqueId } from './support/stores.js';
import { captureWarnings } from './support/warnings.js';

/** A seeded generator (mulberry32): the same "random" inputs on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rank sampler for a Zipf distribution over `n` items with exponent `s`. */
function zipf(n: number, s: number, random: () => number): () => number {
  const cdf: number[] = [];
  let sum = 0;
  for (let k = 1; k <= n; k++) {
    sum += 1 / k ** s;
    cdf.push(sum);
  }
  return () => {
    const u = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

describe('key-never-repeats: no false alarm on genuinely new inputs', () => {
  const captured = captureWarnings();
  const alarms: unknown[] = [];
  const listener = (a: unknown) => alarms.push(a);
  beforeEach(() => {
    alarms.length = 0;
    configure({ store: 'memory://', flushIntervalMs: 0 });
    events.on('key-never-repeats', listener);
  });
  afterEach(async () => {
    events.off('key-never-repeats', listener);
    await close();
    resetConfig();
  });

  it('10k calls of Zipf-distributed prompts over a few models and temperatures', async () => {
    const id = uniqueId('Chat.complete');
    const random = seeded(7);
    const prompt = zipf(50_000, 1.05, random);
    const complete = memoize(
      async (p: string, model: string, temperature: number) => `${model}@${temperature}: ${p.length}`,
      { id },
      handPlan(id, [
        { name: 'prompt', index: 0 },
        { name: 'model', index: 1 },
        { name: 'temperature', index: 2 },
      ]),
    );
    for (let i = 0; i < 10_000; i++) {
      const r = random();
      await complete(
        `Write a tagline for customer ${prompt()} in a friendly tone.`,
        r < 0.9 ? 'gpt-4o' : 'gpt-4o-mini',
        r < 0.95 ? 0 : 0.7,
      );
    }
    const mine = (await stats()).process.find((m) => m.id === id)!;
    expect(mine.calls).toBe(10_000);
    expect(mine.hits).toBeGreaterThan(0); // realistic inputs repeat sometimes
    expect(alarms).toEqual([]);
    expect(captured.codes()).not.toContain('KEYPROOF_KEY_NEVER_REPEATS');
    expect((await stats()).store.methods.find((m) => m.id === id)!.diagnosis).toBeUndefined();
  });

  it('10k calls whose fields all vary together (a request object, a prompt and its hash), with no hit at all', async () => {
    const id = uniqueId('Embed.document');
    const embed = memoize(
      async (req: { text: string; sha: string; lang: string }, hash: string) => `${req.lang}:${hash}`,
      { id },
      handPlan(id, [
        { name: 'req', index: 0 },
        { name: 'hash', index: 1 },
      ]),
    );
    for (let n = 0; n < 10_000; n++) {
      const sha = `sha-${n.toString(36)}`;
      await embed({ text: `document ${n} body`, sha, lang: n % 2 ? 'en' : 'fr' }, sha);
    }
    expect((await stats()).process.find((m) => m.id === id)).toMatchObject({ calls: 10_000, hits: 0 });
    expect(alarms).toEqual([]);
    expect(captured.codes()).not.toContain('KEYPROOF_KEY_NEVER_REPEATS');
  });
});
