/**
 * A counter table an earlier schema created gets the columns added since (the store's own
 * schema upgrade, in store/).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { configure, resetConfig } from '../../src/config.js';
import { memoize } from '../../src/memoize.js';
import { close, flush, stats } from '../../src/stats.js';
import { storeContext } from '../../src/store/store-context.js';
import { planOn } from '../support/hand-plan.js';
import { uniqueId } from '../support/stores.js';

afterEach(async () => {
  await close();
  resetConfig();
});

it('a counter table of the first release gets the newer counters (shadow, miss reasons) added', async () => {
  const url = `sqlite://${join(mkdtempSync(join(tmpdir(), 'keyproof-legacy-')), 'cache.sqlite')}`;
  configure({ store: url, frontCache: false, flushIntervalMs: 0 });
  const keyv = await storeContext(url).store.keyv();
  const sql = keyv.store as { query(sql: string, ...params: unknown[]): Promise<unknown> };
  await sql.query(
    'CREATE TABLE keyproof_counters (key TEXT PRIMARY KEY, calls BIGINT NOT NULL DEFAULT 0, hits BIGINT NOT NULL DEFAULT 0, misses BIGINT NOT NULL DEFAULT 0, ' +
      'shared BIGINT NOT NULL DEFAULT 0, upstream_calls BIGINT NOT NULL DEFAULT 0, errors BIGINT NOT NULL DEFAULT 0, unstorable BIGINT NOT NULL DEFAULT 0, ' +
      'saved REAL NOT NULL DEFAULT 0, last_hit_at BIGINT, expires_at BIGINT)',
  );
  const id = uniqueId('legacy-columns');
  const fn = memoize(async (x: number) => x, { id, cost: 2, mode: 'shadow' }, planOn(id, 'x'));
  await fn(1);
  await fn(1);
  const record = (await stats()).store.methods.find((m) => m.id === id)!;
  expect(record).toMatchObject({ calls: 2, misses: 1, missNew: 1, wouldBeHits: 1, wouldBeSaved: 2, upstreamCalls: 2 });
});

it('a counter table of the miss-reasons release gets missOtherPlan added', async () => {
  const url = `sqlite://${join(mkdtempSync(join(tmpdir(), 'keyproof-legacy-')), 'cache.sqlite')}`;
  configure({ store: url, frontCache: false, flushIntervalMs: 0 });
  const keyv = await storeContext(url).store.keyv();
  const sql = keyv.store as { query(sql: string, ...params: unknown[]): Promise<unknown> };
  const whole = ['calls', 'hits', 'misses', 'shared', 'upstream_calls', 'errors', 'unstorable', 'would_be_hits'];
  const missed = ['miss_new', 'miss_expired', 'miss_evicted', 'miss_cleared', 'miss_undecodable', 'miss_other_version'];
  await sql.query(
    'CREATE TABLE keyproof_counters (key TEXT PRIMARY KEY, ' +
      [...whole, ...missed].map((c) => `${c} BIGINT NOT NULL DEFAULT 0`).join(', ') +
      ', saved REAL NOT NULL DEFAULT 0, would_be_saved REAL NOT NULL DEFAULT 0, last_hit_at BIGINT, expires_at BIGINT)',
  );
  const id = uniqueId('legacy-other-plan');
  await memoize(async (x: number) => x, { id }, planOn(id, 'x'))(1);
  await flush();
  await memoize(async (x: number, y: number) => x + y, { id }, planOn(id, 'x', 'y'))(1, 0);
  const record = (await stats()).store.methods.find((m) => m.id === id)!;
  expect(record).toMatchObject({ calls: 2, misses: 2, missNew: 1, missOtherPlan: 1 });
});
