/**
 * keyproof/testing on a real planned method (kit/jobs.ts, planned by the Vite plugin as this
 * file imports it): an isolated store per test, counted upstream calls, keys probed without
 * calling upstream, and assertions that say what differs.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configure, memoize, MissingPlanError } from '../../packages/runtime/src/index.js';
import {
  countUpstream,
  endTestStore,
  expectDifferentKey,
  expectSameKey,
  keyOf,
  KeyAssertionError,
  resetTestStore,
  useTestStore,
} from '../../packages/runtime/src/kit/index.js';
import { calls, Jobs } from './kit/jobs.js';

describe('with useTestStore', () => {
  useTestStore({ beforeEach, afterEach });
  const jobs = new Jobs();
  const render = (jobId: string, name: string) => jobs.render(jobId, name);

  it('two job IDs, one upstream call', async () => {
    expect(
      await countUpstream(
        () => jobs.render('job-1', 'Acme'),
        () => jobs.render('job-2', 'Acme'),
      ),
    ).toBe(1);
  });

  it('each test starts empty: the same call misses again', async () => {
    const before = calls.upstream;
    expect(await countUpstream(() => jobs.render('job-3', 'Acme'))).toBe(1);
    expect(calls.upstream).toBe(before + 1);
  });

  it('keyOf probes the key without calling upstream', async () => {
    const before = calls.upstream;
    const key = await keyOf(render, 'job-1', 'Acme');
    expect(key).toMatch(/^keyproof:Jobs\.render:kit-v1:[0-9a-f]{64}$/);
    expect(await keyOf(render, 'job-2', 'Acme')).toBe(key);
    expect(calls.upstream).toBe(before);
    expect(await countUpstream(() => render('job-1', 'Acme'))).toBe(1); // the probe stored nothing
  });

  it('expectSameKey / expectDifferentKey pass and fail with both keys in the message', async () => {
    await expectSameKey(render, ['job-1', 'Acme'], ['job-2', 'Acme']);
    await expectDifferentKey(render, ['job-1', 'Acme'], ['job-1', 'Other']);
    await expect(expectSameKey(render, ['job-1', 'Acme'], ['job-1', 'Other'])).rejects.toThrow(KeyAssertionError);
    await expect(expectSameKey(render, ['job-1', 'Acme'], ['job-1', 'Other'])).rejects.toThrow(
      /expected the same cache key, got two:\n {2}keyproof:Jobs\.render:kit-v1:\w+ {2}for \("job-1", "Acme"\)/,
    );
    await expect(expectDifferentKey(render, ['job-1', 'Acme'], ['job-9', 'Acme'])).rejects.toThrow(
      /expected different cache keys/,
    );
  });
});

describe('resetTestStore / endTestStore', () => {
  it('KEYPROOF_STORE is ignored during the test and put back after it', async () => {
    const before = process.env['KEYPROOF_STORE'];
    process.env['KEYPROOF_STORE'] = 'redis://127.0.0.1:1'; // nothing listens there: a call through it would bypass the store
    try {
      await resetTestStore();
      expect(process.env['KEYPROOF_STORE']).toBeUndefined();
      const jobs = new Jobs();
      expect(
        await countUpstream(
          () => jobs.render('a', 'x'),
          () => jobs.render('b', 'x'),
        ),
      ).toBe(1); // the memory store served the hit
      await endTestStore();
      expect(process.env['KEYPROOF_STORE']).toBe('redis://127.0.0.1:1');
    } finally {
      if (before === undefined) delete process.env['KEYPROOF_STORE'];
      else process.env['KEYPROOF_STORE'] = before;
      configure({});
    }
  });
});

describe('MissingPlanError names the host', () => {
  it('under Vitest it points at the Vite plugin', () => {
    // built at run time, so no host can plan it: exactly what an unplugged Vitest sees
    const unplanned = new Function('memoize', 'return memoize(async function f(a) { return a; })') as (
      m: typeof memoize,
    ) => unknown;
    expect(() => unplanned(memoize)).toThrow(MissingPlanError);
    expect(() => unplanned(memoize)).toThrow(
      /Detected host: Vitest: add keyproof's Vite plugin to vitest\.config \(import \{ keyproof \} from '@keyproof\/transformer\/vite'/,
    );
  });
});
