/**
 * An SQLite file deleted under a running process: the process goes on with the unlinked file
 * (its later writes are lost at exit); the store's housekeeping notices and says so.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { configure, resetConfig } from '../../src/config.js';
import { events } from '../../src/events.js';
import { memoize } from '../../src/memoize.js';
import { close, flush } from '../../src/stats.js';
import { planOn } from '../support/hand-plan.js';
import { uniqueId } from '../support/stores.js';
import { captureWarnings } from '../support/warnings.js';

const captured = captureWarnings();
afterEach(async () => {
  await close();
  resetConfig();
});

it('a deleted store file is noticed and reported (error event, one warning)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'keyproof-gone-'));
  configure({ store: `sqlite://${join(dir, 'cache.sqlite')}`, reclaimIntervalMs: 50, flushIntervalMs: 0 });
  const id = uniqueId('Gone.double');
  const fn = memoize(async (x: number) => x * 2, { id }, planOn(id, 'x'));
  await fn(1);
  await flush();
  const noticed = new Promise<Error>((resolve) => {
    const seen = (error: Error) => {
      if (!/was deleted/.test(error.message)) return;
      events.off('error', seen);
      resolve(error);
    };
    events.on('error', seen);
  });
  rmSync(join(dir, 'cache.sqlite'));
  const error = await noticed; // the housekeeping's next run (the test times out otherwise)
  expect(error.message).toMatch(/lost when it exits/);
  expect(captured.codes()).toContain('KEYPROOF_STORE_FILE_GONE');
});
