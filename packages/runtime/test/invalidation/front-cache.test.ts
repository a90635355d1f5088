/**
 * With the front cache on (the default), invalidation in this process reaches this process's
 * memory at once: `invalidate` drops the call's front entry, `invalidateTag` empties the front
 * caches, `refresh` puts the new answer there.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { configure, resetConfig } from '../../src/config.js';
import { invalidate, invalidateTag, refresh } from '../../src/invalidation.js';
import { memoize } from '../../src/memoize.js';
import { close } from '../../src/stats.js';
import { tag } from '../../src/tags.js';
import { handPlan } from '../support/hand-plan.js';
import { uniqueId } from '../support/stores.js';

beforeEach(() => configure({ store: 'memory://', flushIntervalMs: 0 }));
afterEach(async () => {
  await close();
  resetConfig();
});

function make() {
  const id = uniqueId('front');
  let n = 0;
  const upstream = vi.fn(async (userId: string) => `${userId}#${++n}`);
  const fn = memoize(
    upstream,
    { id, tags: ({ userId }: { userId: string }) => [tag('user', userId)] },
    handPlan(id, [{ name: 'userId', index: 0 }]),
  );
  return { fn, upstream };
}

it('invalidate and invalidateTag reach the front cache of this process; refresh updates it', async () => {
  const { fn, upstream } = make();
  await fn('u1');
  await fn('u1'); // a front-cache hit
  expect(upstream).toHaveBeenCalledTimes(1);
  await invalidate(() => fn('u1'));
  expect(await fn('u1')).toBe('u1#2');
  await fn('u1');
  expect(upstream).toHaveBeenCalledTimes(2);
  await invalidateTag(tag('user', 'u1'));
  expect(await fn('u1')).toBe('u1#3');
  expect(upstream).toHaveBeenCalledTimes(3);
  expect(await refresh(() => fn('u1'))).toBe('u1#4');
  expect(await fn('u1')).toBe('u1#4');
  expect(upstream).toHaveBeenCalledTimes(4);
});
