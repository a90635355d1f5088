/**
 * Reads, writes and counting fail separately: a store that refuses writes still serves what
 * it has, and bookkeeping that cannot be written never makes calls skip the store.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, expect, it, vi } from 'vitest';
import { configure, resetConfig } from '../src/config.js';
import { events } from '../src/events.js';
import { memoize } from '../src/memoize.js';
import { close, flush } from '../src/stats.js';
import { storeContext } from '../src/store/store-context.js';
import { planOn } from './support/hand-plan.js';
import { uniqueId } from './support/stores.js';
import { captureWarnings } from './support/warnings.js';

const captured = captureWarnings();

afterEach(async () => {
  events.removeAllListeners();
  await close();
  resetConfig();
});

function counted(id: string) {
  const upstream = vi.fn(async (x: number) => ({ x }));
  return { fn: memoize(upstream, { id }, planOn(id, 'x')), upstream };
}

it('a read-only SQLite file with 50 entries: 50 hits, one upstream call for a new key, reads never skipped', async () => {
  const url = `sqlite://${join(mkdtempSync(join(tmpdir(), 'keyproof-readonly-')), 'cache.sqlite')}`;
  const id = uniqueId('readonly');
  configure({ store: url, frontCache: false, flushIntervalMs: 0 });
  const writer = counted(id);
  for (let x = 0; x < 50; x++) await writer.fn(x);
  await close();

  // the same file, now refusing every write (PRAGMA query_only: file modes do not stop root,
  // and SQLite answers both with the same SQLITE_READONLY error)
  configure({ store: url, frontCache: false, flushIntervalMs: 20, storeRetryAfterMs: 60_000 });
  const keyv = await storeContext(url).store.keyv();
  await (keyv.store as { query(sql: string): Promise<unknown> }).query('PRAGMA query_only = 1');
  const bypass = vi.fn();
  events.on('store-bypass', bypass);
  const reader = counted(id);
  for (let x = 0; x < 25; x++) expect(await reader.fn(x)).toEqual({ x });
  expect(await reader.fn(1000)).toEqual({ x: 1000 }); // a new key: upstream, and the write is refused
  await flush(); // the counters cannot be written either
  await sleep(50);
  for (let x = 25; x < 50; x++) expect(await reader.fn(x)).toEqual({ x });
  expect(reader.upstream).toHaveBeenCalledTimes(1);
  expect(reader.upstream).toHaveBeenCalledWith(1000);
  expect(bypass.mock.calls.some(([e]) => /readonly/i.test(e.error.message))).toBe(true);
  // said once per kind of failure, not once per call
  const unavailable = captured.warnings.filter((w) => w.code === 'KEYPROOF_STORE_UNAVAILABLE');
  expect(unavailable.length).toBeGreaterThanOrEqual(1);
  expect(unavailable.length).toBeLessThanOrEqual(2);
  expect(unavailable[0]!.message).toMatch(/new results are returned but not cached|under-reports/);
});

it('a garbage SQLite file: every call still succeeds through upstream, and it is said once, not silently', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'keyproof-garbage-')), 'cache.sqlite');
  writeFileSync(file, Buffer.alloc(8192, 0x5a)); // not an SQLite database
  configure({ store: `sqlite://${file}`, frontCache: false, flushIntervalMs: 0, storeRetryAfterMs: 0 });
  const { fn, upstream } = counted(uniqueId('garbage'));
  for (let i = 0; i < 5; i++) expect(await fn(1)).toEqual({ x: 1 });
  expect(upstream).toHaveBeenCalledTimes(5);
  // a corrupt cache file, not an outage: said once (whatever operation met it first), with the fix
  expect(captured.codes()).not.toContain('KEYPROOF_STORE_UNAVAILABLE');
  const said = captured.warnings.filter((w) => w.code === 'KEYPROOF_STORE_CORRUPT');
  expect(said).toHaveLength(1);
  expect(said[0]!.message).toContain(file);
  expect(said[0]!.message).toContain('keyproof clear --reset');
});
