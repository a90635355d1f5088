import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { configure, resetConfig } from '../../src/config.js';
import { events } from '../../src/events.js';
import { memoize } from '../../src/memoize.js';
import { close } from '../../src/stats.js';
import { fakeAdapter } from '../support/fake-adapter.js';
import { planOn } from '../support/hand-plan.js';
import { uniqueId } from '../support/stores.js';
import { keyvFor } from '../../src/store/adapters.js';
import { captureWarnings } from '../support/warnings.js';

const captured = captureWarnings();

/** No store failure ever breaks a call: it is bypassed within a bounded wait and reported. */
let fake: ReturnType<typeof fakeAdapter>;

beforeEach(() => {
  fake = fakeAdapter();
  configure({
    store: keyvFor(fake.adapter),
    storeTimeoutMs: 100,
    storeRetryAfterMs: 200,
    frontCache: false,
    flushIntervalMs: 0,
  });
});
afterEach(async () => {
  events.removeAllListeners();
  fake.state.mode = 'ok';
  await close();
  resetConfig();
});

function priced() {
  const id = uniqueId('faulty');
  const upstream = vi.fn(async (x: number) => x * 10);
  return { fn: memoize(upstream, { id }, planOn(id, 'x')), upstream };
}

it('a store that throws: the call succeeds through upstream, and a bypass is reported', async () => {
  const bypass = vi.fn();
  events.on('store-bypass', bypass);
  const { fn, upstream } = priced();
  fake.state.mode = 'throw';
  expect(await fn(1)).toBe(10);
  expect(await fn(1)).toBe(10);
  expect(upstream).toHaveBeenCalledTimes(2);
  expect(bypass).toHaveBeenCalled();
  expect(bypass.mock.calls[0]![0].error.message).toMatch(/ECONNREFUSED/);
  // a store that cannot be used is said once, not once per call, and not only as an event
  // (a store that cannot read is not asked to write either: one warning for the outage)
  const said = captured.warnings.filter((w) => w.code === 'KEYPROOF_STORE_UNAVAILABLE');
  expect(said).toHaveLength(1);
  expect(said[0]!.message).toMatch(/did not answer a read, so calls go upstream/);
});

it('a store that stalls: each call returns within the bounded wait', async () => {
  const { fn, upstream } = priced();
  fake.state.mode = 'stall';
  const started = Date.now();
  expect(await fn(1)).toBe(10);
  expect(Date.now() - started).toBeLessThan(1000);
  expect(upstream).toHaveBeenCalledTimes(1);
});

it('after a failure the store is skipped for a while (no timeout paid per call), then used again', async () => {
  const recovered = vi.fn();
  events.on('store-recovered', recovered);
  // a pause long enough that the next call lands inside it however loaded the machine is
  configure({ storeRetryAfterMs: 2_000 });
  const { fn, upstream } = priced();
  fake.state.mode = 'stall';
  await fn(1);
  const opsAfterFirst = fake.state.ops;
  await fn(2);
  expect(fake.state.ops).toBe(opsAfterFirst); // skipped: the store was not asked, so no timeout was paid
  fake.state.mode = 'ok';
  await new Promise((r) => setTimeout(r, 2_100));
  await fn(3); // miss, stored
  await fn(3); // hit from the recovered store
  expect(upstream).toHaveBeenCalledTimes(3);
  expect(recovered).toHaveBeenCalledTimes(1);
});

it('an unheard error event never throws into a call', async () => {
  const { fn } = priced();
  fake.state.mode = 'throw';
  expect(events.listenerCount('error')).toBe(0);
  await expect(fn(1)).resolves.toBe(10);
});

it('an entry with garbage bytes or another format is a reported miss, then overwritten', async () => {
  const corrupt = vi.fn();
  events.on('corrupt-entry', corrupt);
  const { fn, upstream } = priced();
  await fn(1);
  const [entryKey] = [...fake.data.keys()].filter((k) => !k.includes('~'));
  fake.data.set(entryKey!, JSON.stringify({ value: Buffer.from([9, 1, 2, 3]).toString('base64') })); // format byte 9
  expect(await fn(1)).toBe(10);
  expect(upstream).toHaveBeenCalledTimes(2);
  expect(corrupt.mock.calls[0]![0].error.message).toMatch(/value format 9/);
  fake.data.set(entryKey!, JSON.stringify({ value: 'not base64 at all!!' }));
  expect(await fn(1)).toBe(10);
  expect(upstream).toHaveBeenCalledTimes(3);
  expect(await fn(1)).toBe(10); // the overwritten entry is good again
  expect(upstream).toHaveBeenCalledTimes(3);
  expect(captured.codes()).toEqual(['KEYPROOF_CORRUPT_ENTRY']); // once per method
});
