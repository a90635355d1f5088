/**
 * An SQLite file on a volume the process cannot write (here: a directory and file owned by
 * root, read by a process running as `nobody`) is still served: opened read-only without WAL,
 * writes refused and reported once, reads answered. Real processes, a real file.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { uniqueId } from '../support/stores.js';

const script = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'exits-without-close.mjs');
const asRoot = process.getuid?.() === 0 && spawnSync('runuser', ['--help']).status === 0;
// the second process runs as `nobody`, so it needs the checkout itself readable (a clone in a
// private 0700 folder, as `mktemp -d` makes, is not): skipped, not failed, when it is not
const nobodyReads = asRoot && spawnSync('runuser', ['-u', 'nobody', '--', 'test', '-r', script]).status === 0;

it.runIf(nobodyReads)('a store file the process cannot write is served read-only: a hit, no upstream call', () => {
  const dir = mkdtempSync(join(tmpdir(), 'keyproof-ro-'));
  const url = `sqlite://${join(dir, 'cache.sqlite')}`;
  const id = uniqueId('ReadOnly.double');
  const writer = spawnSync(process.execPath, [script, url, id], { encoding: 'utf8', timeout: 20_000 });
  expect(writer.status, writer.stderr).toBe(0);
  expect(JSON.parse(writer.stdout)).toEqual({ value: 42, upstreamCalls: 1 });
  expect(existsSync(join(dir, 'cache.sqlite-shm'))).toBe(false); // checkpointed and closed: what a baked image holds
  chmodSync(dir, 0o755); // readable by anyone, writable by root only
  chmodSync(join(dir, 'cache.sqlite'), 0o644);
  const reader = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, script, url, id], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(reader.status, reader.stderr).toBe(0);
  expect(JSON.parse(reader.stdout)).toEqual({ value: 42, upstreamCalls: 0 }); // served from the file
});
