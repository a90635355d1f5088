import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { storesUnderTest, uniqueId } from './support/stores.js';

/**
 * A batch script or CLI that uses keyproof ends when its work ends: the store connection that
 * keyproof opened (Redis keeps a socket) must not hold the process open, and the entry and its
 * bookkeeping are written before it exits.
 */
const script = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'exits-without-close.mjs');
const persistent = storesUnderTest().filter((s) => s.name !== 'memory');

it.each(persistent.map((s) => [s.name, s] as const))('a script that never calls close() exits by itself, its entry stored [%s]', (_name, store) => {
  const url = store.name === 'sqlite' ? `sqlite://${join(mkdtempSync(join(tmpdir(), 'keyproof-exit-')), 'cache.sqlite')}` : store.url();
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
});
