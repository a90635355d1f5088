/**
 * The store's time bound covers waiting on the store, not encoding or decoding an allowed
 * value; a planted row larger than any allowed entry is refused before it is decoded.
 */
import { randomFillSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, resetConfig } from '../src/config.js';
import { events } from '../src/events.js';
import { memoize } from '../src/memoize.js';
import { close } from '../src/stats.js';
import { storeContext } from '../src/store/store-context.js';
import { planOn } from './support/hand-plan.js';
import { entryOf, writeRawRow } from './support/raw-store.js';
import { uniqueId } from './support/stores.js';
import { captureWarnings } from './support/warnings.js';

const captured = captureWarnings();
afterEach(async () => {
  events.removeAllListeners();
  await close();
  resetConfig();
});

const stores = [
  {
    name: 'sqlite',
    url: () => `sqlite://${join(mkdtempSync(join(tmpdir(), 'keyproof-large-')), 'cache.sqlite')}`,
    skip: false,
  },
  {
    name: 'postgres',
    url: () => process.env.KEYPROOF_TEST_POSTGRES_URL ?? '',
    skip: !process.env.KEYPROOF_TEST_POSTGRES_URL,
  },
  { name: 'redis', url: () => process.env.KEYPROOF_TEST_REDIS_URL ?? '', skip: !process.env.KEYPROOF_TEST_REDIS_URL },
];

describe.each(stores)('large values [$name]', ({ url, skip }) => {
  it.skipIf(skip)(
    'a 15.9 MiB result (under maxValueBytes) is stored and read back without a store bypass',
    async () => {
      // writing 16 MiB on a loaded machine can take the store itself longer than the default 500 ms;
      // that the bound leaves out the process's own encoding and decoding is test/store/bounded-wait.test.ts
      configure({ store: url(), frontCache: false, flushIntervalMs: 0, storeTimeoutMs: 30_000 });
      const bypass = vi.fn();
      events.on('store-bypass', bypass);
      const id = uniqueId('large');
      const big = randomFillSync(new Uint8Array(Math.floor(15.9 * 1024 * 1024)));
      const upstream = vi.fn(async (x: number) => (x === 0 ? big : new Uint8Array([x])));
      const fn = memoize(upstream, { id }, planOn(id, 'x'));
      expect((await fn(0)).length).toBe(big.length);
      expect(await fn(1)).toEqual(new Uint8Array([1])); // the next results are still stored…
      const again = await fn(0); // …and the large one is a hit
      expect(again.length).toBe(big.length);
      expect(Buffer.compare(Buffer.from(again), Buffer.from(big))).toBe(0);
      await fn(1);
      expect(upstream).toHaveBeenCalledTimes(2);
      expect(bypass).not.toHaveBeenCalled();
    },
    60_000,
  );

  it.skipIf(skip)(
    'a planted 40 MiB row is refused by its size, before decoding: a reported miss',
    async () => {
      // planting and refusing 40 MiB on a loaded machine can take longer than the default 500 ms bound
      configure({ store: url(), frontCache: false, flushIntervalMs: 0, storeTimeoutMs: 30_000 });
      const corrupt = vi.fn();
      events.on('corrupt-entry', corrupt);
      const id = uniqueId('planted');
      const upstream = vi.fn(async (x: number) => ({ x }));
      const fn = memoize(upstream, { id }, planOn(id, 'x'));
      let key = '';
      events.on('miss', (e) => (key = e.key));
      await fn(1);
      const keyv = await storeContext(undefined).store.keyv();
      await writeRawRow(keyv, entryOf(key), JSON.stringify({ value: 'A'.repeat(40 * 1024 * 1024), expires: null }));
      expect(await fn(1)).toEqual({ x: 1 });
      expect(upstream).toHaveBeenCalledTimes(2);
      expect(corrupt.mock.calls[0]![0].error.message).toMatch(/not decoded/);
      expect(captured.codes()).toContain('KEYPROOF_CORRUPT_ENTRY');
    },
    60_000,
  );
});
