import { expect, it } from 'vitest';
import { configure } from '../../src/config.js';
import { events } from '../../src/events.js';
import { stats } from '../../src/stats.js';
import { counted, forEachStore } from './suite.js';

forEachStore('shadow mode', () => {
  it('serves nothing from the cache, calls upstream every time, and counts would-be hits exactly', async () => {
    let n = 0;
    const { fn, upstream, id } = counted('shadow', [{ name: 'x', index: 0 }], (x: number) => `${x}#${++n}`, {
      mode: 'shadow',
      cost: 0.5,
    });
    const hits: unknown[] = [];
    events.on('hit', (h) => hits.push(h));
    const answers: string[] = [];
    for (const x of [1, 1, 2, 1, 2, 3]) answers.push(await fn(x));
    events.removeAllListeners('hit');
    // every answer is upstream's own (a cached one would repeat an earlier answer)
    expect(answers).toEqual(['1#1', '1#2', '2#3', '1#4', '2#5', '3#6']);
    expect(upstream).toHaveBeenCalledTimes(6);
    expect(hits).toEqual([]);
    const mine = (await stats()).process.find((m) => m.id === id)!;
    expect(mine).toMatchObject({
      calls: 6,
      hits: 0,
      upstreamCalls: 6,
      wouldBeHits: 3,
      misses: 3,
      missNew: 3,
      saved: 0,
    });
    expect(mine.wouldBeSaved).toBeCloseTo(1.5);
    const record = (await stats()).store.methods.find((m) => m.id === id)!;
    expect(record).toMatchObject({ calls: 6, hits: 0, wouldBeHits: 3, upstreamCalls: 6 });
  });

  it('configure({ mode: "shadow" }) applies to methods without a mode; their entries serve once it is lifted', async () => {
    configure({ mode: 'shadow' });
    const { fn, upstream, id } = counted('shadow-global', [{ name: 'x', index: 0 }], (x: number) => x * 2);
    await fn(4);
    await fn(4);
    expect(upstream).toHaveBeenCalledTimes(2);
    configure({ mode: 'serve' });
    expect(await fn(4)).toBe(8);
    expect(upstream).toHaveBeenCalledTimes(2); // the entry written in shadow mode answered
    expect((await stats()).process.find((m) => m.id === id)).toMatchObject({ calls: 3, hits: 1, wouldBeHits: 1 });
  });
});
