/**
 * Nothing grows without bound: what expires is removed (entries, their records, counters,
 * tombstones), on every store, also in a process that makes no more calls; `clear` counts
 * and tombstones only live entries; records do not outlive short-lived entries by a minute.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { configure } from '../../src/config.js';
import { events } from '../../src/events.js';
import { clearStore, flush, prune } from '../../src/stats.js';
import { storeContext } from '../../src/store/store-context.js';
import { counted, forEachStore } from '../behaviour/suite.js';
import { rawRows } from '../support/raw-rows.js';

const TTL = 100;
/** Past the entries' expiry and their records' (TTL + at least 1 s): waiting for wall-clock expiry, not racing a timer. */
const PAST_RECORDS = TTL + 1_000 + 300;

forEachStore('reclaiming what expired', (c) => {
  it('unique short-lived keys leave nothing behind once expired: entries, records and counters are removed', async () => {
    const { fn, upstream, id } = counted('reclaim', [{ name: 'x', index: 0 }], (x: number) => x, { ttl: TTL });
    await fn(0);
    await fn(0); // a hit: an entry counter row too
    for (let i = 1; i < 40; i++) await fn(i);
    expect(upstream.mock.calls.length).toBeGreaterThanOrEqual(40);
    await flush();
    const keyv = await storeContext(c.url).store.keyv();
    expect((await rawRows(keyv, id)).rows.filter((r) => r.key.startsWith('~meta:')).length).toBeGreaterThanOrEqual(40); // a record per entry
    await sleep(PAST_RECORDS);
    const report = await prune();
    const left = await rawRows(keyv, id);
    expect(left.rows.filter((r) => !r.key.startsWith('~method:') && !r.key.startsWith('~count:~method:'))).toEqual([]);
    expect(left.counters).toBeLessThanOrEqual(1); // the method's own counter row only
    if (!c.store.name.startsWith('redis')) expect(report.expired).toBeGreaterThanOrEqual(40); // Redis expires them itself
  });

  it('a process that makes no more calls still releases what expired (the housekeeping timer)', async () => {
    configure({ reclaimIntervalMs: 100 });
    const { fn, id } = counted('idle', [{ name: 'x', index: 0 }], (x: number) => x, { ttl: TTL });
    for (let i = 0; i < 20; i++) await fn(i);
    await flush();
    const keyv = await storeContext(c.url).store.keyv();
    await sleep(PAST_RECORDS); // every entry and record has expired; nothing reads them again
    const expired = async () =>
      (await rawRows(keyv, id)).rows.filter((r) => r.expires !== null && r.expires < Date.now());
    // not removed yet: a later housekeeping run does it, and says so. A run already under way
    // when the rows expired may not see them, so wait run by run (a bounded number of them)
    for (let run = 0; run < 20 && (await expired()).length > 0; run++)
      await new Promise<void>((resolve) => events.once('store-pruned', () => resolve()));
    const left = (await rawRows(keyv, id)).rows.filter((r) => r.key.startsWith('~meta:') || !r.key.startsWith('~'));
    expect(left.filter((r) => r.expires !== null && r.expires < Date.now())).toEqual([]);
  });

  it('clear counts only live entries, and a second clear re-stamps no tombstone', async () => {
    const short = counted('clear-short', [{ name: 'x', index: 0 }], (x: number) => x, { ttl: TTL });
    const kept = counted('clear-kept', [{ name: 'x', index: 0 }], (x: number) => x);
    for (let i = 0; i < 3; i++) await short.fn(i);
    for (let i = 0; i < 2; i++) await kept.fn(i);
    await flush();
    await sleep(TTL + 100); // the short-lived entries have expired (not yet reclaimed)
    const keyv = await storeContext(c.url).store.keyv();
    expect(await clearStore(keyv, { method: short.id })).toBe(0);
    expect(await clearStore(keyv, { method: kept.id })).toBe(2);
    const tombstones = (await rawRows(keyv, kept.id)).rows.filter((r) => r.key.startsWith('~meta:'));
    expect(tombstones).toHaveLength(2);
    expect(tombstones.every((t) => t.expires !== null)).toBe(true);
    await sleep(100); // a re-stamp would move the expiry by this much
    expect(await clearStore(keyv, { method: kept.id })).toBe(0);
    const again = (await rawRows(keyv, kept.id)).rows.filter((r) => r.key.startsWith('~meta:'));
    // the same expiry as after the first clear (Redis reports a remaining TTL: read to the millisecond)
    for (const t of again)
      expect(Math.abs(t.expires! - tombstones.find((b) => b.key === t.key)!.expires!)).toBeLessThanOrEqual(
        c.store.name.startsWith('redis') ? 50 : 0,
      );
  });

  it('an entry record outlives its short-lived entry by about its TTL, not by a minute', async () => {
    const { fn, id } = counted('record-life', [{ name: 'x', index: 0 }], (x: number) => x, { ttl: 200 });
    await fn(1);
    await flush();
    const keyv = await storeContext(c.url).store.keyv();
    const rows = (await rawRows(keyv, id)).rows;
    const entry = rows.find((r) => !r.key.startsWith('~'))!;
    const record = rows.find((r) => r.key.startsWith('~meta:'))!;
    expect(record.expires! - entry.expires!).toBeLessThan(1_500);
    // and no counter hash for an entry never hit (Redis: one key fewer per miss)
    expect(rows.filter((r) => r.key.startsWith('~count:~meta:'))).toEqual([]);
  });
});
