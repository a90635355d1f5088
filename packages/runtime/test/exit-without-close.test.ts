import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { freePort } from './support/real-servers.js';
import { storesUnderTest, uniqueId } from './support/stores.js';

/**
 * A batch script or CLI that uses keyproof ends when its work ends: the store connection that
 * keyproof opened (Redis keeps a socket) must not hold the process open, and the entry and its
 * bookkeeping are written before it exits.
 */
const script = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'exits-without-close.mjs');
const persistent = storesUnderTest().filter((s) => s.name !== 'memory');

it.each(persistent.map((s) => [s.name, s] as const))(
  'a script that never calls close() exits by itself, its entry stored [%s]',
  (_name, store) => {
    const url =
      store.name === 'sqlite'
        ? `sqlite://${join(mkdtempSync(join(tmpdir(), 'keyproof-exit-')), 'cache.sqlite')}`
        : store.url();
    const id = uniqueId('Exit.double');
    // a liveness bound, not a speed target: pg's idle pool lingers 10 s, a held Redis socket forever
    const run = () => spawnSync(process.execPath, [script, url, id], { encoding: 'utf8', timeout: 8_000 });
    const first = run();
    expect(first.signal, 'the process had to be killed: something kept it alive').toBeNull();
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ value: 42, upstreamCalls: 1 });
    const second = run();
    expect(second.status, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual({ value: 42, upstreamCalls: 0 });
  },
);

const statsScript = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'stats-at-end.mjs');
const redis = persistent.find((s) => s.name === 'redis');

it('a script whose Redis is unreachable prints its result and exits by itself (no reconnect timer keeps it alive)', async () => {
  const url = `redis://127.0.0.1:${await freePort()}`; // nothing listens there
  const run = spawnSync(process.execPath, [script, url, uniqueId('Exit.unreachable')], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  expect(run.signal, 'the process had to be killed: something kept it alive').toBeNull();
  expect(run.status, run.stderr).toBe(0);
  expect(JSON.parse(run.stdout)).toEqual({ value: 42, upstreamCalls: 1 });
  expect(run.stderr).toMatch(/KEYPROOF_STORE_UNAVAILABLE/); // said once, not silently upstream forever
});

it.skipIf(!redis)(
  "a script ending in `await stats()` on a healthy Redis prints the store's counters, then exits",
  () => {
    const id = uniqueId('Exit.stats');
    const run = spawnSync(process.execPath, [statsScript, redis!.url(), id], { encoding: 'utf8', timeout: 10_000 });
    expect(run.signal).toBeNull();
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ value: 42, calls: 1 });
  },
);

it('`await stats()` on an unreachable store rejects (never an empty report), and the script exits', async () => {
  const url = `redis://127.0.0.1:${await freePort()}`;
  const run = spawnSync(process.execPath, [statsScript, url, uniqueId('Exit.stats-down')], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  expect(run.signal).toBeNull();
  expect(run.status, run.stderr).toBe(0);
  const out = JSON.parse(run.stdout) as { value: number; error?: string };
  expect(out.value).toBe(42);
  expect(out.error).toMatch(/could not answer stats/);
});
