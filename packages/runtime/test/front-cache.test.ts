import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, resetConfig } from '../src/config.js';
import { events } from '../src/events.js';
import { memoize } from '../src/memoize.js';
import { close, stats } from '../src/stats.js';
import { handPlan } from './support/hand-plan.js';
import { uniqueId } from './support/stores.js';

/**
 * The front cache finds entries by a call's front key (its method's tag and its fields'
 * canonical encoding), not by the digest: what keeps methods, versions and key secrets apart in
 * the store must keep them apart there too, and its hits must be counted and reported like any other.
 */
describe('front cache', () => {
  beforeEach(() =>
    configure({ store: 'memory://', flushIntervalMs: 0, frontCache: { maxEntries: 100, maxBytes: 1 << 20 } }),
  );
  afterEach(async () => {
    await close();
    resetConfig();
  });

  function method(id: string, version?: string) {
    const upstream = vi.fn(async (x: unknown) => ({ id, version, x }));
    const fn = memoize(upstream, { id, ...(version ? { version } : {}) }, handPlan(id, [{ name: 'x', index: 0 }]));
    return { fn, upstream, id };
  }

  it('keeps methods and versions sharing a store apart, and counts its hits with their entry keys', async () => {
    const a = method(uniqueId('A.get'));
    const b = method(uniqueId('B.get'));
    const a2 = method(uniqueId('C.get'), 'v2');
    const hits: Array<{ key: string; source: string }> = [];
    const onHit = (e: { key: string; source: string }) => hits.push(e);
    events.on('hit', onHit);
    const misses: string[] = [];
    const onMiss = (e: { key: string }) => misses.push(e.key);
    events.on('miss', onMiss);
    try {
      for (const m of [a, b, a2]) expect(await m.fn({ q: 'same' })).toMatchObject({ x: { q: 'same' } });
      for (const m of [a, b, a2]) await m.fn({ q: 'same' });
    } finally {
      events.off('hit', onHit);
      events.off('miss', onMiss);
    }
    for (const m of [a, b, a2]) expect(m.upstream).toHaveBeenCalledTimes(1);
    expect(hits.map((h) => h.source)).toEqual(['memory', 'memory', 'memory']);
    expect(hits.map((h) => h.key)).toEqual(misses); // the same entry keys as the store's
    const counted = (await stats()).process;
    for (const m of [a, b, a2])
      expect(counted.find((p) => p.id === m.id)).toMatchObject({ calls: 2, hits: 1, misses: 1, upstreamCalls: 1 });
  });

  it('a call has the same entry key with and without a front cache (small and large keys, with and without a key secret)', async () => {
    const m = method(uniqueId('K.get'));
    const keysOf = async (front: boolean, secret: string | undefined, x: unknown): Promise<string> => {
      await close(); // a fresh store, opened with this front-cache setting
      configure({
        store: 'memory://',
        flushIntervalMs: 0,
        frontCache: front ? { maxEntries: 100, maxBytes: 1 << 20 } : false,
        ...(secret ? { keySecret: secret } : {}),
      });
      const keys: string[] = [];
      const onMiss = (e: { key: string }) => keys.push(e.key);
      events.on('miss', onMiss);
      try {
        await m.fn(x);
      } finally {
        events.off('miss', onMiss);
      }
      return keys[0]!;
    };
    for (const secret of [undefined, 'a deployment secret of 32 bytes!']) {
      for (const x of [{ q: 'small', n: [1, 2] }, 'é'.repeat(3000)]) {
        const withFront = await keysOf(true, secret, x);
        resetConfig();
        const without = await keysOf(false, secret, x);
        resetConfig();
        expect(withFront).toMatch(/:[0-9a-f]{64}$/);
        expect(withFront).toBe(without);
      }
    }
  });

  it('a new key secret is a new namespace in the front cache too', async () => {
    const m = method(uniqueId('S.get'));
    await m.fn(1);
    await m.fn(1);
    expect(m.upstream).toHaveBeenCalledTimes(1);
    configure({ keySecret: 'a deployment secret of 32 bytes!' });
    await m.fn(1);
    await m.fn(1);
    expect(m.upstream).toHaveBeenCalledTimes(2);
  });

  it('a key too large to be its own front key (over 1 KiB encoded) is found by its digest', async () => {
    const m = method(uniqueId('L.get'));
    const big = 'x'.repeat(5000);
    await m.fn(big);
    const hit = await m.fn(big);
    expect(hit).toMatchObject({ x: big });
    expect(m.upstream).toHaveBeenCalledTimes(1);
    await m.fn(`${big}y`);
    expect(m.upstream).toHaveBeenCalledTimes(2);
  });
});

describe('front cache entries', () => {
  it('keep their own copy of the encoded value: the buffer they were given may be reused (a pool slice) without changing them', async () => {
    const { FrontCache } = await import('../src/front-cache.js');
    const { encodeValue } = await import('../src/codec.js');
    const front = new FrontCache(10, 1 << 20);
    const bytes = encodeValue({ n: 1, typed: new Uint8Array([7]) });
    front.set('k', 'id:1:abc', bytes, Number.POSITIVE_INFINITY);
    bytes.fill(0); // whoever owns the buffer reuses it
    const entry = front.get('k', Date.now())!;
    expect(front.value(entry)).toEqual({ n: 1, typed: new Uint8Array([7]) });
    expect(front.value(entry)).toEqual({ n: 1, typed: new Uint8Array([7]) });
  });
});
