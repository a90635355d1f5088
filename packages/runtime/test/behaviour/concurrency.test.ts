import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { counted, forEachStore } from './suite.js';

forEachStore('concurrent identical calls', () => {
  it('share one upstream call, and each caller gets its own copy', async () => {
    const { fn, upstream } = counted('stampede', [{ name: 'x', index: 0 }], async (x: number) => {
      await sleep(50);
      return { x, list: [1] };
    });
    const results = await Promise.all(Array.from({ length: 20 }, () => fn(1)));
    expect(upstream).toHaveBeenCalledTimes(1);
    for (const r of results) expect(r).toEqual({ x: 1, list: [1] });
    results[0]!.list.push(2);
    expect(results[1]!.list).toEqual([1]);
  });

  it('share a failure too, and the next call retries', async () => {
    let fail = true;
    const { fn, upstream } = counted('stampede-fail', [{ name: 'x', index: 0 }], async (x: number) => {
      await sleep(20);
      if (fail) throw new Error('boom');
      return x;
    });
    const settled = await Promise.allSettled(Array.from({ length: 5 }, () => fn(1)));
    expect(settled.every((s) => s.status === 'rejected')).toBe(true);
    expect(upstream).toHaveBeenCalledTimes(1);
    fail = false;
    expect(await fn(1)).toBe(1);
    expect(upstream).toHaveBeenCalledTimes(2);
  });

  it('do not hold back calls with different keys', async () => {
    const { fn, upstream } = counted('parallel', [{ name: 'x', index: 0 }], async (x: number) => {
      await sleep(20);
      return x;
    });
    expect(await Promise.all([fn(1), fn(2), fn(3), fn(1)])).toEqual([1, 2, 3, 1]);
    expect(upstream).toHaveBeenCalledTimes(3);
  });
});
