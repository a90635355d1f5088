import { expect, it } from 'vitest';
import { memoize } from '../../src/memoize.js';
import { stats } from '../../src/stats.js';
import { planOn } from '../support/hand-plan.js';
import { counted, forEachStore } from './suite.js';

forEachStore('accounting', (c) => {
  it('counts calls, hits, misses, upstream calls and money saved, in the process and in the store', async () => {
    const { fn, upstream, id } = counted('priced', [{ name: 'x', index: 0 }], (x: number) => x, {
      cost: 0.04,
      version: 'gen-v3',
    });
    await fn(1);
    await fn(1);
    await fn(1);
    await fn(2);
    expect(upstream).toHaveBeenCalledTimes(2);

    const report = await stats({ entries: true });
    const mine = report.process.find((m) => m.id === id)!;
    expect(mine).toMatchObject({ calls: 4, hits: 2, misses: 2, upstreamCalls: 2, version: 'gen-v3', cost: 0.04 });
    expect(mine.saved).toBeCloseTo(0.08);
    expect(mine.hitRate).toBe(0.5);

    const record = report.store.methods.find((m) => m.id === id)!;
    expect(record).toMatchObject({ calls: 4, hits: 2, misses: 2, upstreamCalls: 2, version: 'gen-v3' });
    expect(record.plan.fields).toEqual([{ name: 'x', index: 0 }]);

    const entries = report.store.entries!.filter((e) => e.id === id);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ hits: 2, version: 'gen-v3' });
    expect(entries[0]!.lastHitAt).toBeGreaterThan(0);
    expect(entries[0]!.size).toBeGreaterThan(0);
    expect(entries[1]).toMatchObject({ hits: 0, lastHitAt: null });
    expect(c.url).toBeTruthy();
  });

  it('sums counters over flushes (and so over processes)', async () => {
    const { fn, id } = counted('summed', [{ name: 'x', index: 0 }], (x: number) => x, { cost: 1 });
    await fn(1);
    await stats();
    await fn(1);
    await fn(1);
    const record = (await stats()).store.methods.find((m) => m.id === id)!;
    expect(record).toMatchObject({ calls: 3, hits: 2, misses: 1, saved: 2 });
  });

  it('sums counters over versions: two versions side by side do not reset each other', async () => {
    const id = `versions-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    const make = (version: string) => memoize(async (x: number) => x, { id, version, cost: 1 }, planOn(id, 'x'));
    const v1 = make('m1');
    await v1(1);
    await v1(1);
    await v1(1);
    await stats();
    const v2 = make('m2');
    await v2(1);
    await v2(1);
    await v2(1);
    const record = (await stats()).store.methods.find((m) => m.id === id)!;
    expect(record).toMatchObject({ calls: 6, hits: 4, misses: 2, upstreamCalls: 2, saved: 4, version: 'm2' });
  });

  it('keeps counters that land after a flush (an upstream error finishing later)', async () => {
    const { fn, id } = counted('late', [{ name: 'x', index: 0 }], async (_x: number) => {
      await new Promise((r) => setTimeout(r, 100));
      throw new Error('upstream 500');
    });
    const call = fn(1).catch((e: Error) => e.message);
    await stats(); // flushes while the upstream call is still running
    expect(await call).toBe('upstream 500');
    const record = (await stats()).store.methods.find((m) => m.id === id)!;
    expect(record).toMatchObject({ calls: 1, misses: 1, upstreamCalls: 1, errors: 1 });
  });
});
