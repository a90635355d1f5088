/**
 * The fill lease is bounded. Two memoised functions with one id stand for two processes
 * (each has its own in-flight sharing, both read and write the same store keys); a lease
 * taken by hand stands for a holder that crashed or runs with a longer lease.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, resetConfig } from '../src/config.js';
import { events } from '../src/events.js';
import { memoize } from '../src/memoize.js';
import { close } from '../src/stats.js';
import { storeContext } from '../src/store/store-context.js';
import { planOn } from './support/hand-plan.js';
import { storesUnderTest, uniqueId } from './support/stores.js';
import { LEASE_PREFIX } from '../src/store/lease.js';
import { entryOf, writeRawRow } from './support/raw-store.js';
import { encodeValue, toStoredText } from '../src/codec.js';
import { fillTurn } from '../src/store/fill-turn.js';

const shared = storesUnderTest().filter((s) => s.name !== 'memory');

describe.each(shared)('the fill lease [$name]', (store) => {
  let url: string;
  beforeEach(() => {
    url = store.url();
  });
  afterEach(async () => {
    events.removeAllListeners();
    await close();
    resetConfig();
  });

  /** Two callers of one method that share the store but not their in-flight calls. */
  function twoProcesses(impl: (x: number) => Promise<unknown>) {
    const id = uniqueId('lease');
    const upstream = vi.fn(impl);
    const a = memoize(upstream, { id }, planOn(id, 'x'));
    const b = memoize(upstream, { id }, planOn(id, 'x'));
    return { a, b, upstream, id };
  }

  function keyOf(): Promise<string> {
    return new Promise((resolve) => events.once('miss', ({ key }) => resolve(key)));
  }

  it('a waiter gets the holder’s result from the store: one upstream call', async () => {
    configure({ store: url, frontCache: false, flushIntervalMs: 0, leaseMs: 5000 });
    const { a, b, upstream } = twoProcesses(async (x) => {
      await sleep(300);
      return x * 3;
    });
    const shared = vi.fn();
    events.on('shared', shared);
    expect(await Promise.all([a(1), b(1)])).toEqual([3, 3]);
    expect(upstream).toHaveBeenCalledTimes(1);
    expect(shared).toHaveBeenCalledTimes(1); // the waiter shared the holder's upstream call
  });

  it('a holder whose upstream throws releases the lease: the waiter takes over at once, not after the lease', async () => {
    configure({ store: url, frontCache: false, flushIntervalMs: 0, leaseMs: 20_000 });
    let calls = 0;
    const { a, b } = twoProcesses(async (x) => {
      calls++;
      await sleep(200);
      if (calls === 1) throw new Error('upstream failed');
      return x;
    });
    const started = Date.now();
    // whichever takes the lease first holds it (on a loaded machine not always the first caller)
    const settled = await Promise.allSettled([a(2), sleep(50).then(() => b(2))]);
    expect(settled.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(settled.find((r) => r.status === 'fulfilled')).toEqual({ status: 'fulfilled', value: 2 });
    expect(calls).toBe(2);
    expect(Date.now() - started).toBeLessThan(10_000); // generous; waiting out the lease would take 20 s
  });

  /** A method whose entry for x is missing while another "process" holds its lease for `heldMs`. */
  async function heldByAnother(heldMs: number) {
    const id = uniqueId('lease-held');
    const upstream = vi.fn(async (x: number) => x * 5);
    const fn = memoize(upstream, { id }, planOn(id, 'x'));
    const learned = keyOf();
    await fn(7); // learn the key, then make it a miss again
    const key = entryOf(await learned);
    const guarded = storeContext(url).store;
    await guarded.released(); // that call lets go of its own lease behind it
    await guarded.delete(key);
    expect(await guarded.acquireLease(key, 'other-process', heldMs)).toBe('taken');
    expect(await guarded.acquireLease(key, 'third-process', heldMs)).toBe('held');
    return { fn, upstream, release: () => guarded.releaseLease(key, 'other-process') };
  }

  it('a lease left by a crashed holder blocks a waiter only until it expires', async () => {
    configure({ store: url, frontCache: false, flushIntervalMs: 0, leaseMs: 10_000 });
    const { fn, upstream } = await heldByAnother(1000);
    const started = Date.now();
    expect(await fn(7)).toBe(35);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(800);
    expect(waited).toBeLessThan(4000); // the lease's 1 s, not the waiter's 10 s
    expect(upstream).toHaveBeenCalledTimes(2);
  });

  it('a live holder keeps its short lease past its lifetime (renewed while it fills): the waiter never calls upstream', async () => {
    configure({ store: url, frontCache: false, flushIntervalMs: 0, leaseMs: 20_000 });
    const guarded = storeContext(url).store;
    const key = `${uniqueId('lease-renewed')}:0:${'ab'.repeat(32)}`;
    // a 1.5 s lease renewed every 0.5 s: a renewal may run up to 1 s late on a loaded machine
    const holder = await fillTurn(guarded, key, { waitMs: 20_000, ttlMs: 1500 });
    expect('release' in holder).toBe(true);
    let waiterDone = false;
    const waiter = fillTurn(guarded, key, { waitMs: 20_000, ttlMs: 1500 }).finally(() => (waiterDone = true));
    await sleep(4000); // more than two and a half lease lifetimes: only renewals keep it
    expect(waiterDone).toBe(false);
    await guarded.set(key, toStoredText(encodeValue('filled by the holder')));
    if ('release' in holder) await holder.release();
    const turn = await waiter;
    expect('found' in turn && turn.found.value).toBe('filled by the holder');
  });

  it('an unreadable lease row counts as expired: taken over, never an error or a bypass', async () => {
    configure({ store: url, frontCache: false, flushIntervalMs: 0 });
    const bypass = vi.fn();
    events.on('store-bypass', bypass);
    const guarded = storeContext(url).store;
    const key = `${uniqueId('lease-garbage')}:0:${'cd'.repeat(32)}`;
    expect(await guarded.acquireLease(key, 'first', 60_000)).toBe('taken');
    await writeRawRow(await guarded.keyv(), `${LEASE_PREFIX}${key}`, '\u00ffnot a record');
    expect(await guarded.acquireLease(key, 'second', 60_000)).toBe('taken');
    await guarded.releaseLease(key, 'second');
    expect(bypass).not.toHaveBeenCalled();
  });

  it('a waiter never waits longer than its own leaseMs, whatever lease another holds', async () => {
    configure({ store: url, frontCache: false, flushIntervalMs: 0, leaseMs: 600 });
    const { fn, upstream, release } = await heldByAnother(60_000);
    const started = Date.now();
    expect(await fn(7)).toBe(35);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(500);
    expect(waited).toBeLessThan(3000);
    expect(upstream).toHaveBeenCalledTimes(2);
    await release();
  });

  /** Record the store operations a call makes; the lease release waits for `letGo`. */
  function recordOperations() {
    const guarded = storeContext(url).store;
    const ops: string[] = [];
    let letGo!: () => void;
    const gate = new Promise<void>((resolve) => (letGo = resolve));
    const original = {
      getRaw: guarded.getRaw,
      get: guarded.get,
      set: guarded.set,
      acquireLease: guarded.acquireLease,
      releaseLease: guarded.releaseLease,
    };
    const spy = guarded as unknown as Record<keyof typeof original, (...args: never[]) => unknown>;
    // bookkeeping reads (`~meta:`, `~method:`: a miss's reason, read while upstream runs) are not the call's path
    const onEntry = (args: readonly unknown[]) => typeof args[0] === 'string' && !args[0].startsWith('~');
    for (const name of ['getRaw', 'get', 'set', 'acquireLease'] as const) {
      spy[name] = (...args: never[]) => {
        if (onEntry(args)) ops.push(name);
        return (original[name] as (...a: never[]) => unknown).apply(guarded, args);
      };
    }
    let released = false;
    spy.releaseLease = (...args: never[]) => {
      ops.push('releaseLease');
      return gate
        .then(() => original.releaseLease.apply(guarded, args as unknown as [string, string]))
        .then(() => {
          released = true;
        });
    };
    const restore = () => Object.assign(guarded, original);
    return { ops, letGo, restore, released: () => released, guarded };
  }

  it('a cold miss waits for three store round trips (read, lease, write); the lease is let go behind the call', async () => {
    configure({ store: url, frontCache: false, flushIntervalMs: 60_000, leaseMs: 20_000 });
    const { a, upstream } = twoProcesses(async (x) => x * 2);
    await a(0); // opens the store and writes the method's record: not what a cold miss costs
    const recorded = recordOperations();
    try {
      expect(await a(4)).toBe(8);
      // the call has its answer while the release is still held back
      expect(recorded.ops).toEqual(['getRaw', 'acquireLease', 'set', 'releaseLease']);
      expect(recorded.released()).toBe(false);
      recorded.letGo();
      await close(); // waits for the release
      expect(recorded.released()).toBe(true);
      expect(upstream).toHaveBeenCalledTimes(2);
    } finally {
      recorded.letGo();
      recorded.restore();
    }
  });

  it('an entry another process filled between our read and our lease is served: the lease is refused while the entry exists', async () => {
    configure({ store: url, frontCache: false, flushIntervalMs: 0, leaseMs: 20_000 });
    const { a, b, upstream } = twoProcesses(async (x) => x * 3);
    const guarded = storeContext(url).store;
    const learned = keyOf();
    expect(await a(5)).toBe(15); // the key, and the stored bytes another process would write
    const key = entryOf(await learned);
    const stored = await guarded.getRaw(key);
    await guarded.delete(key);
    // "process a" fills the key right after b's read missed, and lets go of its lease
    const acquire = guarded.acquireLease;
    guarded.acquireLease = async (...args) => {
      guarded.acquireLease = acquire;
      await guarded.set(key, stored!.value);
      return acquire.apply(guarded, args);
    };
    const shared = vi.fn();
    events.on('shared', shared);
    expect(await b(5)).toBe(15);
    expect(upstream).toHaveBeenCalledTimes(1);
    expect(shared).toHaveBeenCalledTimes(1);
  });

  it('an unreadable entry does not keep the lease from being taken: the holder overwrites it at once', async () => {
    configure({ store: url, frontCache: false, flushIntervalMs: 0, leaseMs: 600_000 });
    const { a, upstream } = twoProcesses(async (x) => x + 1);
    const learned = keyOf();
    await a(1);
    const key = entryOf(await learned);
    const warned = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      await writeRawRow(await storeContext(url).store.keyv(), key, '\u00ffnot a record');
      const bypass = vi.fn();
      events.on('store-bypass', bypass);
      expect(await a(1)).toBe(2); // a wait for the lease would take leaseMs (10 minutes)
      expect(await a(1)).toBe(2);
      expect(upstream).toHaveBeenCalledTimes(2); // the first fill and the overwrite; then a hit
      expect(bypass).not.toHaveBeenCalled();
      expect(warned.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringContaining(key.split(':')[0]!)]);
    } finally {
      warned.mockRestore();
    }
  });
});
