/**
 * An SQLite cache file that SQLite cannot read is said to be a corrupt cache file, with
 * `keyproof clear --reset` as the fix, never "check that the store is running"; calls still
 * succeed through upstream.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { configure, resetConfig } from '../src/config.js';
import { memoize } from '../src/memoize.js';
import { close } from '../src/stats.js';
import { planOn } from './support/hand-plan.js';
import { uniqueId } from './support/stores.js';
import { captureWarnings } from './support/warnings.js';

const captured = captureWarnings();

afterEach(async () => {
  await close();
  resetConfig();
});

it('a corrupt SQLite file: calls go upstream, and one warning names the file and keyproof clear --reset', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'keyproof-corrupt-file-')), 'cache.sqlite');
  writeFileSync(file, 'this is not an SQLite database '.repeat(200));
  configure({ store: `sqlite://${file}`, frontCache: false });
  const id = uniqueId('corrupt-file');
  const upstream = vi.fn(async (x: number) => x * 2);
  const fn = memoize(upstream, { id }, planOn(id, 'x'));
  expect(await fn(1)).toBe(2);
  expect(await fn(1)).toBe(2);
  expect(upstream).toHaveBeenCalledTimes(2); // no cache to hit: the file is unusable
  expect(captured.codes()).not.toContain('KEYPROOF_STORE_UNAVAILABLE');
  const said = captured.warnings.filter((w) => w.code === 'KEYPROOF_STORE_CORRUPT');
  expect(said).toHaveLength(1);
  expect(said[0]!.message).toContain(`the cache file ${file} is corrupt or not an SQLite database`);
  expect(said[0]!.message).toContain(`keyproof clear --reset --store sqlite://${file}`);
  expect(said[0]!.message).not.toContain('check that the store is running');
});
