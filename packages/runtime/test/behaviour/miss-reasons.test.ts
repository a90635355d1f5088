import { expect, it } from 'vitest';
import { events, type KeyproofEvents } from '../../src/events.js';
import { memoize } from '../../src/memoize.js';
import { clearStore, flush, stats } from '../../src/stats.js';
import { storeContext } from '../../src/store/store-context.js';
import { planOn } from '../support/hand-plan.js';
import { uniqueId } from '../support/stores.js';
import { entryOf, writeRawRow } from '../support/raw-store.js';
import { captureWarnings } from '../support/warnings.js';
import { counted, forEachStore } from './suite.js';

type Miss = KeyproofEvents['miss'][0];

async function missesDuring(body: () => Promise<unknown>): Promise<Miss[]> {
  const seen: Miss[] = [];
  const listener = (m: Miss) => seen.push(m);
  events.on('miss', listener);
  try {
    await body();
  } finally {
    events.off('miss', listener);
  }
  return seen;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

forEachStore('miss reasons', (c) => {
  const captured = captureWarnings();

  it('new key: never stored before', async () => {
    const { fn, id } = counted('new', [{ name: 'x', index: 0 }], (x: number) => x);
    expect((await missesDuring(() => fn(1))).map((m) => m.reason)).toEqual(['new']);
    expect((await stats()).store.methods.find((m) => m.id === id)).toMatchObject({ misses: 1, missNew: 1 });
  });

  it('expired: the entry outlived its TTL (its record is kept a little longer)', async () => {
    const { fn, upstream, id } = counted('expired', [{ name: 'x', index: 0 }], (x: number) => x, { ttl: 150 });
    await fn(1);
    await flush(); // the entry record is written behind the call
    await sleep(600); // well past the 150 ms TTL; the record lives a minute longer
    expect((await missesDuring(() => fn(1))).map((m) => m.reason)).toEqual(['expired']);
    expect(upstream).toHaveBeenCalledTimes(2);
    expect((await stats()).store.methods.find((m) => m.id === id)).toMatchObject({
      misses: 2,
      missNew: 1,
      missExpired: 1,
    });
  });

  it('evicted: the store dropped the entry (its record is still there)', async () => {
    const { fn, id } = counted('evicted', [{ name: 'x', index: 0 }], (x: number) => x);
    const [first] = await missesDuring(() => fn(1));
    await flush();
    const keyv = await storeContext(c.url).store.keyv();
    await keyv.delete(entryOf(first!.key)); // what Redis maxmemory, or another tool, does
    expect((await missesDuring(() => fn(1))).map((m) => m.reason)).toEqual(['evicted']);
    expect((await stats()).store.methods.find((m) => m.id === id)).toMatchObject({ missEvicted: 1 });
  });

  it('cleared: keyproof clear removed it', async () => {
    const { fn, id } = counted('cleared', [{ name: 'x', index: 0 }], (x: number) => x);
    await fn(1);
    await flush();
    expect(await clearStore(await storeContext(c.url).store.keyv(), { method: id })).toBe(1);
    expect((await missesDuring(() => fn(1))).map((m) => m.reason)).toEqual(['cleared']);
    // (clearing a whole method removes its store record too: the process's counters say it)
    expect((await stats()).process.find((m) => m.id === id)).toMatchObject({ misses: 2, missNew: 1, missCleared: 1 });
    expect((await stats({ entries: true })).store.entries!.filter((e) => e.id === id)).toHaveLength(1); // the tombstone is not an entry
  });

  it('undecodable: the entry is there but cannot be used', async () => {
    const { fn, id } = counted('undecodable', [{ name: 'x', index: 0 }], (x: number) => x);
    const [first] = await missesDuring(() => fn(1));
    await writeRawRow(
      await storeContext(c.url).store.keyv(),
      entryOf(first!.key),
      JSON.stringify({ value: 'AZmZmZmZmZmZ' }),
    );
    expect((await missesDuring(() => fn(1))).map((m) => m.reason)).toEqual(['undecodable']);
    expect((await stats()).store.methods.find((m) => m.id === id)).toMatchObject({ missUndecodable: 1 });
    expect(captured.codes()).toContain('KEYPROOF_CORRUPT_ENTRY');
  });

  it('other version: the same key fields have an entry under another version', async () => {
    const id = uniqueId('versions');
    const make = (version: string) => memoize(async (x: number) => `${version}:${x}`, { id, version }, planOn(id, 'x'));
    await make('m1')(1);
    await flush(); // the method record lists m1, the entry record is written
    const v2 = make('m2');
    expect((await missesDuring(() => v2(1))).map((m) => m.reason)).toEqual(['other-version']);
    expect((await missesDuring(() => v2(2))).map((m) => m.reason)).toEqual(['new']);
    expect((await stats()).store.methods.find((m) => m.id === id)).toMatchObject({
      misses: 3,
      missNew: 2,
      missOtherVersion: 1,
    });
  });

  it('other plan: the key plan of this version changed while entries written under the old one remain', async () => {
    const id = uniqueId('plans');
    const before = memoize(async (x: number) => `x:${x}`, { id }, planOn(id, 'x'));
    expect((await missesDuring(() => before(1))).map((m) => m.reason)).toEqual(['new']);
    await flush(); // the method record lists this version under the first plan signature
    const after = memoize(async (x: number, y: number) => `x:${x} y:${y}`, { id }, planOn(id, 'x', 'y'));
    expect((await missesDuring(() => after(1, 0))).map((m) => m.reason)).toEqual(['other-plan']);
    expect((await stats()).store.methods.find((m) => m.id === id)).toMatchObject({
      misses: 2,
      missNew: 1,
      missOtherPlan: 1,
    });
  });

  it('other plan ends with the old entries: a TTL after the old plan was last described, a miss is new again', async () => {
    const id = uniqueId('plans-ttl');
    await memoize(async (x: number) => x, { id, ttl: 150 }, planOn(id, 'x'))(1);
    await flush();
    await sleep(600); // well past the 150 ms TTL: no entry written under the old plan can remain
    const after = memoize(async (x: number, y: number) => x + y, { id, ttl: 150 }, planOn(id, 'x', 'y'));
    expect((await missesDuring(() => after(1, 0))).map((m) => m.reason)).toEqual(['new']);
  });
});
