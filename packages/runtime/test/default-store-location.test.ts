/**
 * The default store is `.keyproof/cache.sqlite` next to the nearest package.json, whatever
 * directory the app is started from, and the process that creates it says where, once.
 * Real child processes (the built runtime) in a temp project, counting upstream calls.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, 'fixtures', 'store-and-read.mjs');

beforeAll(() => {
  if (!existsSync(join(here, '..', 'dist', 'index.js')))
    throw new Error('packages/runtime/dist is missing: run `pnpm build` first');
});

/** Run the fixture with no KEYPROOF_STORE (the default store) from `cwd`; its report and its stderr. */
function run(cwd: string): { upstreamCalls: number; stderr: string } {
  const env = { ...process.env };
  delete env.KEYPROOF_STORE;
  const child = spawnSync(process.execPath, [script, '', 'Photos.describe'], { cwd, env, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`store-and-read.mjs exited ${child.status}: ${child.stderr}`);
  const report = JSON.parse(child.stdout.trim().split('\n').pop()!) as { upstreamCalls: number };
  return { upstreamCalls: report.upstreamCalls, stderr: child.stderr };
}

it('lives next to the nearest package.json, not in the working directory, and is announced once when created', () => {
  const root = mkdtempSync(join(tmpdir(), 'keyproof-project-'));
  writeFileSync(join(root, 'package.json'), '{ "name": "app", "type": "module" }\n');
  const deep = join(root, 'src', 'jobs');
  mkdirSync(deep, { recursive: true });
  const file = join(root, '.keyproof', 'cache.sqlite');

  const first = run(deep);
  expect(first.upstreamCalls).toBe(1);
  expect(existsSync(file)).toBe(true);
  expect(existsSync(join(deep, '.keyproof'))).toBe(false);
  expect(first.stderr.match(/keyproof: creating the cache/g)).toHaveLength(1);
  expect(first.stderr).toContain(
    `keyproof: creating the cache ${file} (the default store: .keyproof/ next to ${root}/package.json`,
  );

  // started from the project's root this time: the same cache, a hit, and nothing announced
  const second = run(root);
  expect(second.upstreamCalls).toBe(0);
  expect(second.stderr).not.toContain('creating the cache');
});
