/**
 * PostgreSQL runs a statement against the snapshot it began with (read committed), but checks
 * an insert's conflicts against the latest rows. The lease's one upsert ("take the lease while
 * the entry is missing") can therefore see the entry missing and the lease free at once when
 * the holder wrote the entry and dropped its lease while the statement ran: a second upstream
 * call for a key that was just filled. This happened once in CI (4 processes, 100 keys, 101
 * upstream calls). Here it is made certain: the acquiring statement waits on an uncommitted
 * lease row after its snapshot was taken; meanwhile the entry is committed and that lease row
 * rolled back.
 */
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import type Keyv from 'keyv';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStoreUrl } from '../../src/store/adapters.js';
import { leaseTtlMs } from '../../src/store/fill-turn.js';
import { leaseBackend, LEASE_PREFIX } from '../../src/store/lease.js';
import { NAMESPACE } from '../../src/store/store-keys.js';
import { uniqueId } from '../support/stores.js';

const url = process.env.KEYPROOF_TEST_POSTGRES_URL;

interface PgClient {
  connect(): Promise<void>;
  query(sql: string, values?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
  end(): Promise<void>;
}
type PgClientClass = new (options: { connectionString: string }) => PgClient;

function pgClient(): PgClient {
  const here = createRequire(import.meta.url);
  const pg = createRequire(here.resolve('@keyv/postgres'))('pg') as { Client: PgClientClass };
  return new pg.Client({ connectionString: url! });
}

let keyv: Keyv;
let other: PgClient;
let watcher: PgClient;
beforeAll(async () => {
  if (!url) return;
  keyv = await openStoreUrl(url);
  other = pgClient();
  watcher = pgClient();
  await Promise.all([other.connect(), watcher.connect()]);
});
afterAll(async () => {
  if (!url) return;
  await Promise.all([other.end(), watcher.end()]);
  await keyv.disconnect();
});

it.skipIf(!url)(
  'taking the lease while a holder fills and lets go: the entry it wrote is seen, the lease is not taken',
  async () => {
    const lease = leaseBackend(keyv)!;
    const key = `${uniqueId('pg-snapshot')}:1:${'a'.repeat(64)}`;
    const row = (k: string) => `${NAMESPACE}:${k}`;
    // the holder's lease, not yet committed: the acquiring statement will wait on it
    await other.query('BEGIN');
    await other.query('INSERT INTO keyv (key, value) VALUES ($1, $2)', [
      row(LEASE_PREFIX + key),
      JSON.stringify({ value: 'holder', expires: Date.now() + 60_000 }),
    ]);
    const taking = lease.acquire(key, 'waiter', 3000, true);
    // wait (no timing luck: polled) until that statement is blocked on the uncommitted row
    for (let i = 0; ; i++) {
      const { rows } = await watcher.query(
        // this database's only: other test workers' lease inserts wait in theirs
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO%keyv%SELECT%'",
      );
      if (Number(rows[0]!.n) > 0) break;
      if (i > 2000) throw new Error('the acquiring statement never waited on the uncommitted lease row');
      await sleep(5);
    }
    // the holder's entry lands, then its lease goes away
    await watcher.query('INSERT INTO keyv (key, value) VALUES ($1, $2)', [
      row(key),
      JSON.stringify({ value: 'filled', expires: null }),
    ]);
    await other.query('ROLLBACK');
    expect(await taking).toBe(false);
    const left = await watcher.query('SELECT key FROM keyv WHERE key = $1', [row(LEASE_PREFIX + key)]);
    expect(left.rows).toEqual([]); // nothing left behind to hold up the next fill
  },
);

it('a lease outlives a renewal that takes the whole bounded wait (twice storeTimeoutMs, at least 3 s)', () => {
  expect(leaseTtlMs(500)).toBe(3000); // the default bounded wait: 3 s, as documented
  expect(leaseTtlMs(20_000)).toBe(40_000);
});
