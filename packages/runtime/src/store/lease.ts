import type Keyv from 'keyv';
import { backendOf } from './backend.js';
import { redisRawKey } from './redis-native-store.js';
import { LEASE_PREFIX, NAMESPACE } from './store-keys.js';

/**
 * A fill lease: before calling upstream on a miss, a process takes a short-lived lease on the
 * key with an atomic set-if-absent, so that many processes missing the same key at once make
 * one upstream call between them instead of one each. The lease lives beside the entry as
 * `~lease:{key}`, as a Keyv record `{ value: owner, expires }`:
 *
 *   Redis       SET key record NX PX ttl, in a script (expiry by Redis itself)
 *   SQLite      INSERT … ON CONFLICT DO UPDATE … WHERE the old lease expired … RETURNING key
 *   PostgreSQL  the same upsert, then a look at the entry in a statement of its own (see acquire)
 *   memory      none: one process, and in-process calls already share one upstream call
 *
 * A lease always expires (`ttlMs`, a few seconds), so a holder that crashes blocks nobody for
 * longer; a live holder renews it by acquiring it again (see fill-turn.ts).
 */
export interface LeaseBackend {
  /**
   * True when this owner now holds the lease (it was free, expired, or already this owner's:
   * renewed). With `ifMissing`, only while the entry itself is still missing (or expired), in
   * the same atomic step: a caller that missed need not read the entry again after taking the
   * lease, in case another process filled it and let go in between.
   */
  acquire(key: string, owner: string, ttlMs: number, ifMissing: boolean): Promise<boolean>;
  /** Drop the lease if this owner still holds it. */
  release(key: string, owner: string): Promise<void>;
}

export { LEASE_PREFIX };

interface SqlStore {
  opts: { dialect?: string; table?: string; schema?: string };
  query(sql: string, ...params: unknown[]): Promise<unknown[]>;
}
interface RedisClient {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}
interface RedisStore {
  opts: { dialect?: string };
  namespace?: string;
  getClient(): Promise<RedisClient>;
  createKeyPrefix?(key: string, namespace: string | undefined): string;
}

function record(owner: string, ttlMs: number): string {
  return JSON.stringify({ value: owner, expires: Date.now() + ttlMs });
}

/** How every record of this owner starts (owners are UUIDs: nothing to escape for LIKE). */
function ownerPrefix(owner: string): string {
  return `{"value":${JSON.stringify(owner)},`;
}

/**
 * SET NX PX, atomically; the owner's own lease is renewed; a key without expiry is not a
 * keyproof lease (every lease has one): something else wrote it, so it is taken over rather
 * than blocking the key forever. With ARGV[4] = '1', not while the entry (KEYS[2]) exists
 * (Redis expires entries itself). KEYS: lease, entry. ARGV: record, ttl, owner prefix, if-missing.
 */
const ACQUIRE_SCRIPT =
  "if ARGV[4] == '1' and redis.call('exists', KEYS[2]) == 1 then return 0 end " +
  "if redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end " +
  "local cur = redis.call('get', KEYS[1]) " +
  "if redis.call('pttl', KEYS[1]) == -1 or (cur and string.sub(cur, 1, #ARGV[3]) == ARGV[3]) then " +
  "redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end " +
  'return 0';

/** Delete the lease if it is still this owner's. ARGV: owner prefix. */
const RELEASE_SCRIPT =
  "local cur = redis.call('get', KEYS[1]) " +
  "if cur and string.sub(cur, 1, #ARGV[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

function redisLease(store: RedisStore): LeaseBackend {
  // the adapter stores `{adapter namespace}{separator}{keyv namespace}:{key}`; leases follow the same form
  const rawKey = (keyvKey: string) => redisRawKey(store, keyvKey);
  return {
    async acquire(key, owner, ttlMs, ifMissing) {
      const client = await store.getClient();
      const args = [record(owner, ttlMs), String(ttlMs), ownerPrefix(owner), ifMissing ? '1' : '0'];
      return (
        Number(
          await client.eval(ACQUIRE_SCRIPT, { keys: [rawKey(LEASE_PREFIX + key), rawKey(key)], arguments: args }),
        ) === 1
      );
    },
    async release(key, owner) {
      const client = await store.getClient();
      await client.eval(RELEASE_SCRIPT, { keys: [rawKey(LEASE_PREFIX + key)], arguments: [ownerPrefix(owner)] });
    },
  };
}

function sqlLease(store: SqlStore, dialect: 'sqlite' | 'postgres'): LeaseBackend {
  const table =
    dialect === 'postgres'
      ? `${store.opts.schema ?? 'public'}.${store.opts.table ?? 'keyv'}`
      : (store.opts.table ?? 'keyv');
  const rowKey = (key: string) => `${NAMESPACE}:${key}`;
  // an unreadable row (not a Keyv record) has no expiry: an unreadable lease counts as expired
  // (taken over, never an error), an unreadable entry as live (the caller says when it saw one)
  const expiresOf = (column: string, none: string) =>
    dialect === 'postgres'
      ? `COALESCE(substring(${column} from '"expires":([0-9]{1,18})[,}]')::bigint, ${none})`
      : `(CASE WHEN json_valid(${column}) THEN COALESCE(json_extract(${column}, '$.expires'), ${none}) ELSE ${none} END)`;
  const old = `${store.opts.table ?? 'keyv'}.value`;
  // parameters: lease key, lease record, now, owner LIKE pattern, entry key
  const p = dialect === 'postgres' ? ['$1', '$2', '$3', '$4', '$5'] : ['?1', '?2', '?3', '?4', '?5'];
  const missing = `NOT EXISTS (SELECT 1 FROM ${table} AS entry WHERE entry.key = ${p[4]} AND ${expiresOf('entry.value', '9223372036854775807')} >= ${p[2]})`;
  // free, expired, or this owner's own lease (renewed); `WHERE` also keeps SQLite's upsert parse unambiguous
  const take = (condition: string) =>
    `INSERT INTO ${table} (key, value) SELECT ${p[0]}, ${p[1]} WHERE ${condition} ` +
    `ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE ${expiresOf(old, '0')} < ${p[2]} OR ${old} LIKE ${p[3]} RETURNING key`;
  const takeAlways = take(dialect === 'postgres' ? `${p[4]}::text IS NOT NULL` : `${p[4]} IS NOT NULL`);
  const takeIfMissing = take(missing);
  const drop = `DELETE FROM ${table} WHERE key = ${p[0]} AND value LIKE ${p[1]}`;
  const live = `SELECT 1 FROM ${table} WHERE key = ${p[0]} AND ${expiresOf('value', '9223372036854775807')} >= ${p[1]}`;
  const run = (sql: string, params: unknown[]) =>
    dialect === 'postgres' ? store.query(sql, params) : store.query(sql, ...params);
  const release = (key: string, owner: string) => run(drop, [rowKey(LEASE_PREFIX + key), `${ownerPrefix(owner)}%`]);
  return {
    async acquire(key, owner, ttlMs, ifMissing) {
      const now = Date.now();
      const params = [rowKey(LEASE_PREFIX + key), record(owner, ttlMs), now, `${ownerPrefix(owner)}%`, rowKey(key)];
      const rows = await run(ifMissing ? takeIfMissing : takeAlways, params);
      if (rows.length !== 1) return false;
      // PostgreSQL (read committed) checks `NOT EXISTS` against the snapshot its statement began
      // with, but the lease's conflict against the latest rows: a holder that wrote the entry
      // and dropped its lease while this statement ran leaves the entry unseen and the lease
      // free, and a second upstream call would follow. Look again, in a statement of its own
      // (a new snapshot), and give the lease back when the entry is there after all. SQLite
      // runs each statement alone, so its one step is enough.
      if (ifMissing && dialect === 'postgres' && (await run(live, [rowKey(key), now])).length > 0) {
        await release(key, owner);
        return false;
      }
      return true;
    },
    async release(key, owner) {
      await release(key, owner);
    },
  };
}

/** The lease this store supports, or undefined (memory and unknown adapters). */
export function leaseBackend(keyv: Keyv): LeaseBackend | undefined {
  const backend = backendOf(keyv);
  if (backend.kind === 'redis') return redisLease(backend.store as RedisStore);
  if (backend.kind === 'sqlite' || backend.kind === 'postgres')
    return sqlLease(backend.store as SqlStore, backend.kind);
  return undefined;
}
