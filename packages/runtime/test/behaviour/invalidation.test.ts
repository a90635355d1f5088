/**
 * Invalidation from code, on every store under test, counting upstream calls: `invalidate`
 * drops one call's entry, `refresh` replaces it, `invalidateMethod` drops a version's
 * entries, `invalidateTag` makes every entry carrying a tag miss (and no other).
 */
import { expect, it, vi } from 'vitest';
import { events, type KeyproofEvents } from '../../src/events.js';
import { invalidate, invalidateMethod, invalidateTag, refresh } from '../../src/invalidation.js';
import { memoize } from '../../src/memoize.js';
import { flush, stats } from '../../src/stats.js';
import { storeContext } from '../../src/store/store-context.js';
import { tag } from '../../src/tags.js';
import { handPlan } from '../support/hand-plan.js';
import { uniqueId } from '../support/stores.js';
import { counted, forEachStore } from './suite.js';

// Tag names of this file's own: a tag is store-wide, and the Redis Cluster is one store for
// every test worker, so another file invalidating `user` at the same time would turn hits here
// into misses.
const USER = uniqueId('user');
const ALL = uniqueId('all');
const N = uniqueId('n');

type Miss = KeyproofEvents['miss'][0];

async function missReasons(body: () => Promise<unknown>): Promise<string[]> {
  const seen: Miss[] = [];
  const listener = (m: Miss) => seen.push(m);
  events.on('miss', listener);
  try {
    await body();
  } finally {
    events.off('miss', listener);
  }
  return seen.map((m) => m.reason);
}

async function counters(id: string) {
  await flush();
  return (await stats()).store.methods.find((m) => m.id === id);
}

forEachStore('invalidation', (c) => {
  it('invalidate(() => call) drops that entry only; upstream is not called; the next call misses as "invalidated"', async () => {
    const { fn, upstream, id } = counted('inv-call', [{ name: 'x', index: 0 }], (x: number) => x * 10);
    await fn(1);
    await fn(2);
    expect(await fn(1)).toBe(10); // a hit
    expect(upstream).toHaveBeenCalledTimes(2);

    const seen: Array<KeyproofEvents['invalidate'][0]> = [];
    const listener = (e: KeyproofEvents['invalidate'][0]) => seen.push(e);
    events.on('invalidate', listener);
    try {
      expect(await invalidate(() => fn(1))).toBe(true);
    } finally {
      events.off('invalidate', listener);
    }
    expect(upstream).toHaveBeenCalledTimes(2); // the intercepted call did not run
    expect(seen).toMatchObject([{ scope: 'call', id, dropped: true }]);

    expect(await missReasons(async () => expect(await fn(1)).toBe(10))).toEqual(['invalidated']);
    expect(upstream).toHaveBeenCalledTimes(3);
    await fn(1);
    await fn(2); // never invalidated: still a hit
    expect(upstream).toHaveBeenCalledTimes(3);
    expect(await invalidate(() => fn(99))).toBe(false); // nothing stored under that key
    expect(await counters(id)).toMatchObject({ invalidations: 2, missInvalidated: 1, upstreamCalls: 3 });
  });

  it('invalidate computes the key as the call does: `this` fields and projected fields included', async () => {
    const id = uniqueId('inv-this');
    const upstream = vi.fn(async function (this: { tenant: string }, q: { text: string; traceId: string }) {
      return `${this.tenant}:${q.text}`;
    });
    const plan = handPlan(id, [
      { name: 'this.tenant', index: -1 },
      { name: 'q', index: 0, pick: ['text'] },
    ]);
    const get = memoize(upstream, { id }, plan);
    const a = { tenant: 'a', get };
    const b = { tenant: 'b', get };
    await a.get({ text: 'hi', traceId: '1' });
    await b.get({ text: 'hi', traceId: '2' });
    expect(upstream).toHaveBeenCalledTimes(2);
    // another traceId: not a key field, the same key
    expect(await invalidate(() => a.get({ text: 'hi', traceId: 'other' }))).toBe(true);
    expect(await a.get({ text: 'hi', traceId: '3' })).toBe('a:hi');
    expect(await b.get({ text: 'hi', traceId: '4' })).toBe('b:hi');
    expect(upstream).toHaveBeenCalledTimes(3); // a's entry went, b's is still served
  });

  it('invalidate refuses a function that makes no memoised call', async () => {
    await expect(invalidate(() => Promise.resolve(1))).rejects.toThrow(/made no memoised call/);
  });

  it('refresh(() => call) calls upstream once and replaces the entry in place', async () => {
    let n = 0;
    const { fn, upstream, id } = counted('refresh', [{ name: 'x', index: 0 }], (x: number) => `${x}#${++n}`);
    expect(await fn(1)).toBe('1#1');
    expect(await fn(1)).toBe('1#1');
    expect(await refresh(() => fn(1))).toBe('1#2');
    expect(upstream).toHaveBeenCalledTimes(2);
    expect(await fn(1)).toBe('1#2'); // the replaced entry, a hit
    expect(upstream).toHaveBeenCalledTimes(2);
    expect(await counters(id)).toMatchObject({ refreshes: 1, upstreamCalls: 2, hits: 2 });
  });

  it('refresh: an identical call made while it runs joins it (one upstream call), and then hits the new entry', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let n = 0;
    const { fn, upstream } = counted('refresh-join', [{ name: 'x', index: 0 }], async (x: number) => {
      if (++n === 2) await gate;
      return `${x}#${n}`;
    });
    await fn(1);
    const refreshed = refresh(() => fn(1));
    const joined = fn(1);
    await vi.waitFor(() => expect(upstream).toHaveBeenCalledTimes(2));
    release();
    expect(await refreshed).toBe('1#2');
    expect(await joined).toBe('1#2');
    expect(await fn(1)).toBe('1#2');
    expect(upstream).toHaveBeenCalledTimes(2);
  });

  it("strict: 'fail-closed' methods check tags too", async () => {
    const get = counted('tag-fail-closed', [{ name: 'userId', index: 0 }], (u: string) => u, {
      strict: 'fail-closed',
      tags: ({ userId }: { userId: string }) => [tag(USER, userId)],
    });
    await get.fn('u1');
    await get.fn('u1');
    expect(get.upstream).toHaveBeenCalledTimes(1);
    await invalidateTag(tag(USER, 'u1'));
    await get.fn('u1');
    await get.fn('u1');
    expect(get.upstream).toHaveBeenCalledTimes(2);
  });

  it("invalidateMethod drops the current version's entries; another version's stay", async () => {
    const id = uniqueId('inv-method');
    const upstream = vi.fn(async (x: number) => x);
    const plan = handPlan(id, [{ name: 'x', index: 0 }]);
    const v1 = memoize(upstream, { id, version: 'v1' }, plan);
    await v1(1);
    await v1(2);
    expect(upstream).toHaveBeenCalledTimes(2);
    const v2 = memoize(upstream, { id, version: 'v2' }, plan); // the same plan source: the id is reclaimed, v2 is now current
    await v2(1);
    expect(upstream).toHaveBeenCalledTimes(3);
    expect(await invalidateMethod(id)).toBe(1); // v2's one entry
    await v1(1);
    await v1(2);
    expect(upstream).toHaveBeenCalledTimes(3); // v1 untouched
    expect(await missReasons(() => v2(1))).toEqual(['invalidated']);
    expect(upstream).toHaveBeenCalledTimes(4);
    expect(await invalidateMethod(id, { version: 'v1' })).toBe(2);
    await v1(1);
    expect(upstream).toHaveBeenCalledTimes(5);
  });

  it('invalidateTag: every entry carrying the tag misses ("invalidated"), the others still hit', async () => {
    const get = counted(
      'tagged',
      [
        { name: 'userId', index: 0 },
        { name: 'jobId', index: 1 },
      ],
      (u: string, j: string) => `${u}/${j}`,
      {
        tags: ({ userId }: { userId: string }) => [tag(USER, userId)],
      },
    );
    const plain = counted('untagged', [{ name: 'userId', index: 0 }], (u: string) => u);
    await get.fn('u1', 'a');
    await get.fn('u1', 'b');
    await get.fn('u2', 'a');
    await plain.fn('u1');
    await get.fn('u1', 'a'); // a hit on a tagged entry
    expect(get.upstream).toHaveBeenCalledTimes(3);

    await invalidateTag(tag(USER, 'u1'));
    const reasons = await missReasons(async () => {
      expect(await get.fn('u1', 'a')).toBe('u1/a');
      expect(await get.fn('u1', 'b')).toBe('u1/b');
    });
    expect(reasons).toEqual(['invalidated', 'invalidated']);
    expect(get.upstream).toHaveBeenCalledTimes(5);
    await get.fn('u2', 'a'); // another user's tag: still a hit
    await plain.fn('u1'); // no tags: still a hit
    await get.fn('u1', 'a'); // written after the invalidation: a hit again
    expect(get.upstream).toHaveBeenCalledTimes(5);
    expect(plain.upstream).toHaveBeenCalledTimes(1);
    expect(await counters(get.id)).toMatchObject({ missInvalidated: 2, hits: 3 });
  });

  it('a tag invalidated while upstream runs: the entry written from that call misses next', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let first = true;
    const get = counted(
      'tag-race',
      [{ name: 'userId', index: 0 }],
      async (u: string) => {
        if (first) {
          first = false;
          await gate;
        }
        return u;
      },
      { tags: ({ userId }: { userId: string }) => [tag(USER, userId)] },
    );
    const pending = get.fn('u1');
    await vi.waitFor(() => expect(get.upstream).toHaveBeenCalledTimes(1));
    await invalidateTag(tag(USER, 'u1')); // while the call computes the old answer
    release();
    await pending;
    await get.fn('u1');
    expect(get.upstream).toHaveBeenCalledTimes(2); // the entry written with the old generation was not served
    await get.fn('u1');
    expect(get.upstream).toHaveBeenCalledTimes(2);
  });

  it('a hit on a tagged entry is one store read: the entry and its tags together', async () => {
    const get = counted('tag-read', [{ name: 'userId', index: 0 }], (u: string) => u, {
      tags: ({ userId }: { userId: string }) => [tag(USER, userId), tag(ALL)],
    });
    await get.fn('u1');
    const keyv = await storeContext(c.url).store.keyv();
    const many = vi.spyOn(keyv, 'getManyRaw');
    const one = vi.spyOn(keyv, 'getRaw');
    const single = vi.spyOn(keyv, 'get');
    try {
      await get.fn('u1');
      expect(get.upstream).toHaveBeenCalledTimes(1);
      expect(many).toHaveBeenCalledTimes(1);
      expect(many.mock.calls[0]![0]).toHaveLength(3); // the entry and its two tags
      expect(one).not.toHaveBeenCalled();
      expect(single).not.toHaveBeenCalled();
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('tag parts are compared as text: tag("n", 1) and tag("n", "1") are one tag', async () => {
    const get = counted('tag-num', [{ name: 'n', index: 0 }], (n: number) => n, {
      tags: ({ n }: { n: number }) => [tag(N, n)],
    });
    await get.fn(1);
    await invalidateTag(tag(N, '1'));
    await get.fn(1);
    expect(get.upstream).toHaveBeenCalledTimes(2);
  });
});

forEachStore('invalidation in shadow mode', () => {
  it('an entry whose tag was invalidated is a would-be miss, not a would-be hit', async () => {
    const get = counted('tag-shadow', [{ name: 'userId', index: 0 }], (u: string) => u, {
      mode: 'shadow',
      tags: ({ userId }: { userId: string }) => [tag(USER, userId)],
    });
    await get.fn('u1'); // a would-be miss: stored
    await get.fn('u1'); // a would-be hit
    await invalidateTag(tag(USER, 'u1'));
    expect(await missReasons(() => get.fn('u1'))).toEqual(['invalidated']);
    await get.fn('u1'); // stored again with the new generation: a would-be hit
    expect(get.upstream).toHaveBeenCalledTimes(4); // shadow mode always calls upstream
    expect(await counters(get.id)).toMatchObject({ wouldBeHits: 2, missInvalidated: 1 });
  });
});
