/**
 * `strict: 'fail-closed'`: for methods where a stale or silently degraded answer is worse than
 * an error, any store or codec problem throws instead of being bypassed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, resetConfig } from '../src/config.js';
import { CorruptEntryError, StoreUnavailableError } from '../src/errors.js';
import { events } from '../src/events.js';
import { memoize } from '../src/memoize.js';
import { close } from '../src/stats.js';
import { keyvFor } from '../src/store/adapters.js';
import { storeContext } from '../src/store/store-context.js';
import { fakeAdapter } from './support/fake-adapter.js';
import { planOn } from './support/hand-plan.js';
import { uniqueId } from './support/stores.js';
import { entryOf, writeRawRow } from './support/raw-store.js';
import { captureWarnings } from './support/warnings.js';

const captured = captureWarnings();

function method(strict: boolean | 'fail-closed') {
  const id = uniqueId('closed');
  const upstream = vi.fn(async (x: number) => x * 10);
  return { fn: memoize(upstream, { id, strict }, planOn(id, 'x')), upstream, id };
}

afterEach(async () => {
  events.removeAllListeners();
  await close();
  resetConfig();
});

describe('a store that fails', () => {
  let fake: ReturnType<typeof fakeAdapter>;
  beforeEach(() => {
    fake = fakeAdapter();
    configure({ store: keyvFor(fake.adapter), storeTimeoutMs: 100, storeRetryAfterMs: 200, flushIntervalMs: 0 });
  });

  it('throws StoreUnavailableError before upstream is called, where strict: true bypasses it', async () => {
    fake.state.mode = 'throw';
    const closed = method('fail-closed');
    await expect(closed.fn(1)).rejects.toThrow(StoreUnavailableError);
    await expect(closed.fn(1)).rejects.toThrow(/is strict: 'fail-closed', so it was not called without the cache/);
    expect(closed.upstream).not.toHaveBeenCalled();
    const open = method(true);
    expect(await open.fn(1)).toBe(10);
    expect(open.upstream).toHaveBeenCalledTimes(1);
    expect(captured.codes()).toContain('KEYPROOF_STORE_UNAVAILABLE');
  });

  it('throws when the store refuses the write (the result was computed, not cached)', async () => {
    const { fn, upstream } = method('fail-closed');
    (fake.adapter as { set: unknown }).set = () =>
      Promise.reject(new Error("READONLY You can't write against a read only replica (fake)"));
    await expect(fn(2)).rejects.toThrow(/did not take the result \(it was computed but not cached\)/);
    expect(upstream).toHaveBeenCalledTimes(1);
  });
});

describe('on a real store', () => {
  let url: string;
  beforeEach(() => {
    url = 'memory://';
    configure({ store: url, flushIntervalMs: 0 }); // the front cache is on: fail-closed does not use it
  });

  it('an entry that cannot be decoded throws CorruptEntryError instead of being a miss', async () => {
    const { fn, upstream } = method('fail-closed');
    const keys: string[] = [];
    events.on('miss', ({ key }) => keys.push(key));
    await fn(3);
    await writeRawRow(
      await storeContext(url).store.keyv(),
      entryOf(keys[0]!),
      JSON.stringify({ value: 'AZmZmZmZmZmZ' }),
    );
    await expect(fn(3)).rejects.toThrow(CorruptEntryError);
    expect(upstream).toHaveBeenCalledTimes(1);
  });

  it('reads the store on every call: an entry removed elsewhere is not served from memory', async () => {
    const closed = method('fail-closed');
    const open = method(false);
    const keys: string[] = [];
    events.on('miss', ({ key }) => keys.push(key));
    for (const m of [closed, open]) {
      await m.fn(4);
      await m.fn(4);
      expect(m.upstream).toHaveBeenCalledTimes(1);
    }
    // as another process's `keyproof clear` would: this process's front cache is not told
    const keyv = await storeContext(url).store.keyv();
    for (const key of keys) await keyv.delete(entryOf(key));
    await closed.fn(4);
    await open.fn(4);
    expect(closed.upstream).toHaveBeenCalledTimes(2);
    expect(open.upstream).toHaveBeenCalledTimes(1); // served from the front cache for up to maxAgeMs
  });

  it('configure({ strict: "fail-closed" }) applies to methods without their own strict', async () => {
    configure({ strict: 'fail-closed' });
    const fake = fakeAdapter();
    fake.state.mode = 'throw';
    const id = uniqueId('closed-global');
    const upstream = vi.fn(async (x: number) => x);
    const fn = memoize(upstream, { id, store: keyvFor(fake.adapter) }, planOn(id, 'x'));
    await expect(fn(5)).rejects.toThrow(StoreUnavailableError);
    expect(upstream).not.toHaveBeenCalled();
  });
});
