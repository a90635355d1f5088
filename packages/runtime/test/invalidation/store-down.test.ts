/**
 * An invalidation the store did not take is an error, never a silent success (the guard
 * answers a failing store as "no entry" for calls; an invalidation must not be lost that way).
 */
import { afterEach, expect, it, vi } from 'vitest';
import { configure, resetConfig } from '../../src/config.js';
import { invalidate, invalidateTag } from '../../src/invalidation.js';
import { memoize } from '../../src/memoize.js';
import { close } from '../../src/stats.js';
import { keyvFor } from '../../src/store/adapters.js';
import { tag } from '../../src/tags.js';
import { fakeAdapter } from '../support/fake-adapter.js';
import { handPlan } from '../support/hand-plan.js';
import { uniqueId } from '../support/stores.js';
import { captureWarnings } from '../support/warnings.js';

captureWarnings();
afterEach(async () => {
  await close();
  resetConfig();
});

it('invalidate and invalidateTag reject when the store fails; once it answers they go through', async () => {
  const fake = fakeAdapter();
  configure({
    store: keyvFor(fake.adapter),
    storeTimeoutMs: 100,
    storeRetryAfterMs: 0,
    flushIntervalMs: 0,
    frontCache: false,
  });
  const id = uniqueId('down');
  const upstream = vi.fn(async (userId: string) => userId);
  const fn = memoize(
    upstream,
    { id, tags: ({ userId }: { userId: string }) => [tag('user', userId)] },
    handPlan(id, [{ name: 'userId', index: 0 }]),
  );
  await fn('u1');
  fake.state.mode = 'throw';
  await expect(invalidate(() => fn('u1'))).rejects.toThrow(/did not answer/);
  await expect(invalidateTag(tag('user', 'u1'))).rejects.toThrow(/did not take the tag's new generation/);
  fake.state.mode = 'ok';
  await fn('u1');
  expect(upstream).toHaveBeenCalledTimes(1); // nothing was invalidated
  await invalidateTag(tag('user', 'u1'));
  await fn('u1');
  expect(upstream).toHaveBeenCalledTimes(2);
});
