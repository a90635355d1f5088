/**
 * Local stores (memory://, SQLite) have a bound; past it the entries cheapest to recompute go
 * first: an expensive answer outlives a cheap one, and an evicted entry's next miss says so.
 */
import { expect, it } from 'vitest';
import { configure } from '../../src/config.js';
import { events, type KeyproofEvents } from '../../src/events.js';
import { flush, prune } from '../../src/stats.js';
import { storeContext } from '../../src/store/store-context.js';
import { counted, forEachStore } from '../behaviour/suite.js';
import { rawRows } from '../support/raw-rows.js';

forEachStore('store bound', (c) => {
  const local = c.store.name === 'memory' || c.store.name === 'sqlite';

  it.runIf(local)('over its bound, a local store evicts cheap answers before expensive ones', async () => {
    configure({ storeBound: { maxEntries: 10 }, reclaimIntervalMs: 0 });
    const cheap = counted('bound-cheap', [{ name: 'x', index: 0 }], (x: number) => `cheap ${x}`, { cost: 0.001 });
    const dear = counted('bound-dear', [{ name: 'x', index: 0 }], (x: number) => `dear ${x}`, { cost: 1 });
    for (let i = 0; i < 5; i++) await dear.fn(i);
    for (let i = 0; i < 20; i++) await cheap.fn(i);
    await flush();
    const report = await prune();
    expect(report.entries).toBeLessThanOrEqual(10);
    expect(report.evicted).toBe(25 - report.entries!);
    // every expensive answer is still served from the store
    for (let i = 0; i < 5; i++) expect(await dear.fn(i)).toBe(`dear ${i}`);
    expect(dear.upstream).toHaveBeenCalledTimes(5);
    // an evicted cheap one is recomputed, and its miss is counted as an eviction
    const keyv = await storeContext(c.url).store.keyv();
    const left = new Set((await rawRows(keyv, cheap.id)).rows.filter((r) => !r.key.startsWith('~')).map((r) => r.key));
    expect(left.size).toBeLessThan(20);
    const reasons: Array<KeyproofEvents['miss'][0]['reason']> = [];
    const seen = (m: KeyproofEvents['miss'][0]) => reasons.push(m.reason);
    events.on('miss', seen);
    for (let i = 0; i < 20; i++) await cheap.fn(i);
    events.off('miss', seen);
    expect(reasons).toHaveLength(20 - left.size);
    expect(new Set(reasons)).toEqual(new Set(['evicted']));
  });

  it.runIf(local)('the bound is held as entries are written, without an explicit prune', async () => {
    configure({ storeBound: { maxEntries: 200 }, reclaimIntervalMs: 0, flushIntervalMs: 0 });
    const { fn, id } = counted('bound-auto', [{ name: 'x', index: 0 }], (x: number) => x);
    const pruned = new Promise<KeyproofEvents['store-pruned'][0]>((resolve) => events.once('store-pruned', resolve));
    for (let i = 0; i < 260; i++) await fn(i);
    await flush(); // records land: the housekeeping counts them and checks the bound
    const report = await pruned;
    expect(report.evicted).toBeGreaterThan(0);
    const keyv = await storeContext(c.url).store.keyv();
    expect((await rawRows(keyv, id)).rows.filter((r) => !r.key.startsWith('~')).length).toBeLessThanOrEqual(200);
  });

  it.runIf(!local)('a shared store is not bounded by keyproof (its server is)', async () => {
    configure({ storeBound: { maxEntries: 1 }, reclaimIntervalMs: 0 });
    const { fn, upstream } = counted('bound-shared', [{ name: 'x', index: 0 }], (x: number) => x);
    await fn(1);
    await fn(2);
    await flush();
    expect((await prune()).evicted).toBe(0);
    await fn(1);
    await fn(2);
    expect(upstream).toHaveBeenCalledTimes(2);
  });
});
