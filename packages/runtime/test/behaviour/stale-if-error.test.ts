/**
 * `staleIfError`: an expired entry is served when upstream throws, for a bounded time past its
 * expiry, counted and evented; never past the bound, never for an invalidated entry. Time is
 * driven by faking `Date` only (timers and the stores' I/O run for real): no sleeps, no races.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { events, type KeyproofEvents } from '../../src/events.js';
import { invalidateTag } from '../../src/invalidation.js';
import { flush, stats } from '../../src/stats.js';
import { tag } from '../../src/tags.js';
import { uniqueId } from '../support/stores.js';
import { counted, forEachStore } from './suite.js';

// A tag name of this file's own: a tag is store-wide, and the Redis Cluster is one store for
// every test worker (behaviour/invalidation.test.ts invalidates its own).
const USER = uniqueId('user');

const MIN = 60_000;

forEachStore('staleIfError', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function flaky(base: string, options: Parameters<typeof counted>[3]) {
    const state = { failing: false, n: 0 };
    const c = counted(
      base,
      [{ name: 'userId', index: 0 }],
      (u: string) => {
        if (state.failing) throw new Error('upstream is down');
        return `${u}#${++state.n}`;
      },
      options,
    );
    return { ...c, state };
  }

  it('serves the expired entry while upstream fails, within the bound; counted and evented; not after the bound', async () => {
    const t0 = Date.now();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(t0);
    const { fn, upstream, id, state } = flaky('stale', { ttl: '1h', staleIfError: '1h' });
    expect(await fn('u1')).toBe('u1#1');
    vi.setSystemTime(t0 + 30 * MIN);
    expect(await fn('u1')).toBe('u1#1'); // a hit
    expect(upstream).toHaveBeenCalledTimes(1);

    vi.setSystemTime(t0 + 61 * MIN); // expired, within the bound
    state.failing = true;
    const seen: Array<KeyproofEvents['stale'][0]> = [];
    const listener = (e: KeyproofEvents['stale'][0]) => seen.push(e);
    events.on('stale', listener);
    try {
      expect(await fn('u1')).toBe('u1#1');
    } finally {
      events.off('stale', listener);
    }
    expect(upstream).toHaveBeenCalledTimes(2); // upstream was tried
    expect(seen).toMatchObject([{ id, expiredAt: t0 + 60 * MIN }]);
    expect(seen[0]!.error.message).toBe('upstream is down');

    vi.setSystemTime(t0 + 119 * MIN); // still within the bound
    expect(await fn('u1')).toBe('u1#1');
    vi.setSystemTime(t0 + 121 * MIN); // past expiry + bound
    await expect(fn('u1')).rejects.toThrow('upstream is down');
    expect(upstream).toHaveBeenCalledTimes(4);
    await flush();
    expect((await stats()).store.methods.find((m) => m.id === id)).toMatchObject({ stale: 2, errors: 3, hits: 1 });
  });

  it('once upstream answers again, its answer replaces the expired entry', async () => {
    const t0 = Date.now();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(t0);
    const { fn, upstream, state } = flaky('stale-recovers', { ttl: '1h', staleIfError: '1h' });
    await fn('u1');
    vi.setSystemTime(t0 + 61 * MIN);
    state.failing = true;
    expect(await fn('u1')).toBe('u1#1');
    state.failing = false;
    expect(await fn('u1')).toBe('u1#2');
    expect(await fn('u1')).toBe('u1#2'); // a hit on the new entry
    expect(upstream).toHaveBeenCalledTimes(3);
  });

  it('without staleIfError an expired entry is never served', async () => {
    const t0 = Date.now();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(t0);
    const { fn, state } = flaky('no-stale', { ttl: '1h' });
    await fn('u1');
    vi.setSystemTime(t0 + 61 * MIN);
    state.failing = true;
    await expect(fn('u1')).rejects.toThrow('upstream is down');
  });

  it('an invalidated entry is not served stale', async () => {
    const t0 = Date.now();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(t0);
    const { fn, state } = flaky('stale-tagged', {
      ttl: '1h',
      staleIfError: '1h',
      tags: ({ userId }: { userId: string }) => [tag(USER, userId)],
    });
    await fn('u1');
    await invalidateTag(tag(USER, 'u1'));
    state.failing = true;
    await expect(fn('u1')).rejects.toThrow('upstream is down');
    vi.setSystemTime(t0 + 61 * MIN);
    await expect(fn('u1')).rejects.toThrow('upstream is down');
  });

  it('staleIfError needs a ttl', () => {
    expect(() => counted('stale-no-ttl', [{ name: 'x', index: 0 }], (x: number) => x, { staleIfError: '1h' })).toThrow(
      /needs|never expire/,
    );
  });
});
