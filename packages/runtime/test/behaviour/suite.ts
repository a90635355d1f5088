/**
 * One behaviour suite, run against every store under test (keyv's test-suite idea): each
 * concern file calls `forEachStore` and gets a fresh store URL and unique method ids.
 */
import { afterEach, beforeEach, describe, vi } from 'vitest';
import { configure, resetConfig } from '../../src/config.js';
import { memoize } from '../../src/memoize.js';
import type { MemoizeOptions } from '../../src/options.js';
import { close } from '../../src/stats.js';
import { handPlan, type HandField } from '../support/hand-plan.js';
import { storesUnderTest, uniqueId, type StoreUnderTest } from '../support/stores.js';

export interface StoreCase {
  readonly store: StoreUnderTest;
  /** The URL configured as the global store for the current test. */
  url: string;
}

export function forEachStore(title: string, body: (c: StoreCase) => void): void {
  describe.each(storesUnderTest())(`${title} [$name]`, (store) => {
    const c: StoreCase = { store, url: '' };
    beforeEach(() => {
      c.url = store.url();
      // no front cache: every hit in these suites is a real read from the store under test
      configure({ store: c.url, flushIntervalMs: 0, frontCache: false });
    });
    afterEach(async () => {
      await close();
      resetConfig();
    });
    body(c);
  });
}

/**
 * A memoised function over a counted upstream: `upstream.mock.calls.length` is the number of
 * times the expensive thing really ran.
 */
export function counted<A extends unknown[], R>(
  base: string,
  fields: HandField[],
  impl: (...args: A) => R | Promise<R>,
  options: MemoizeOptions = {},
) {
  const id = uniqueId(base);
  const upstream = vi.fn(async (...args: A) => impl(...args));
  const fn = memoize(upstream as unknown as (...args: A) => Promise<R>, { id, ...options }, handPlan(id, fields));
  return { fn, upstream, id };
}
