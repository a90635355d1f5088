/**
 * `keyproof/testing`: test memoised code by what matters, the calls that reach upstream and
 * the keys they use.
 *
 *   import { beforeEach, afterEach, expect, it } from 'vitest';
 *   import { useTestStore, countUpstream, expectSameKey } from 'keyproof/testing';
 *   useTestStore({ beforeEach, afterEach });
 *   it('two job IDs, one upstream call', async () => {
 *     expect(await countUpstream(() => svc.run('job-1', req), () => svc.run('job-2', req))).toBe(1);
 *   });
 */
export { useTestStore, resetTestStore, endTestStore, type TestHooks } from './isolated-store.js';
export { countUpstream } from './count-upstream.js';
export { keyOf, keyOfCall, expectSameKey, expectDifferentKey, KeyAssertionError } from './key-of.js';
