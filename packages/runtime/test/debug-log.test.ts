/**
 * KEYPROOF_DEBUG=1 prints one line per call: method, version, hit or miss with its reason, a
 * key digest prefix and the time; never an argument or a value. Real child processes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, 'fixtures', 'debug-calls.mjs');

beforeAll(() => {
  if (!existsSync(join(here, '..', 'dist', 'index.js')))
    throw new Error('packages/runtime/dist is missing: run `pnpm build` first');
});

function run(debug: string | undefined) {
  const env = { ...process.env };
  delete env.KEYPROOF_STORE;
  if (debug === undefined) delete env.KEYPROOF_DEBUG;
  else env.KEYPROOF_DEBUG = debug;
  const child = spawnSync(process.execPath, [script], { env, encoding: 'utf8' });
  expect(child.status, child.stderr).toBe(0);
  return {
    upstreamCalls: (JSON.parse(child.stdout.trim()) as { upstreamCalls: number }).upstreamCalls,
    stderr: child.stderr,
  };
}

it('one line per call: miss with its reason, hit with where from, the same digest for the same key, no values', () => {
  const { upstreamCalls, stderr } = run('1');
  expect(upstreamCalls).toBe(2);
  const lines = stderr.split('\n').filter((l) => l.startsWith('keyproof: Summary.write'));
  expect(lines).toHaveLength(3);
  const parsed = lines.map((l) =>
    /^keyproof: Summary\.write sum-v2 (miss new|hit memory|hit store) key ([0-9a-zA-Z_-]{8}) \d+\.\d ms$/.exec(l),
  );
  expect(parsed.every(Boolean), lines.join('\n')).toBe(true);
  expect(parsed.map((m) => m![1])).toEqual(['miss new', expect.stringMatching(/^hit /), 'miss new']);
  expect(parsed[1]![2]).toBe(parsed[0]![2]); // the hit is on the key the first call stored
  expect(parsed[2]![2]).not.toBe(parsed[0]![2]);
  expect(stderr).not.toContain('the-secret-argument');
  expect(stderr).not.toContain('summary of');
});

it('nothing without KEYPROOF_DEBUG, or with KEYPROOF_DEBUG=0', () => {
  for (const debug of [undefined, '0']) {
    const { upstreamCalls, stderr } = run(debug);
    expect(upstreamCalls).toBe(2);
    expect(stderr).not.toContain('Summary.write');
  }
});
