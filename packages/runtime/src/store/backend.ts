import type Keyv from 'keyv';
import { StoreConfigError } from '../errors.js';
import { warnOnce } from '../events.js';
import { MemoryStore } from './memory-store.js';
import { prepareCluster } from './redis-native-store.js';

/**
 * Which backend a Keyv store is, decided here and nowhere else. keyproof's native stores (the
 * SQL and Lua of the lease, the atomic counters, listing) were written for Keyv 5's adapters:
 * @keyv/sqlite and @keyv/postgres (`opts.dialect`, a `query` function, one table keyed by
 * `key`), @keyv/redis (`opts.dialect` 'redis', `getClient()`). Anything else is `other`: it
 * works through Keyv's own get/set, without a fill lease and with read-modify-write counters.
 */
export type Backend =
  | { readonly kind: 'memory' }
  | { readonly kind: 'sqlite' | 'postgres'; readonly store: SqlAdapter }
  | { readonly kind: 'redis'; readonly store: RedisAdapter }
  | { readonly kind: 'other'; readonly name: string };

interface SqlAdapter {
  readonly opts: {
    readonly dialect?: string;
    readonly table?: string;
    readonly schema?: string;
    readonly db?: unknown;
  };
  query(sql: string, ...params: unknown[]): Promise<unknown[]>;
}

interface RedisAdapter {
  readonly opts: { readonly dialect?: string };
  readonly namespace?: string;
  getClient(): Promise<unknown>;
  createKeyPrefix?(key: string, namespace: string | undefined): string;
  /** @keyv/redis on a Redis Cluster (node-redis `createCluster`). */
  isCluster?(): boolean;
  /** A client per master (the one client without a cluster). */
  getMasterNodes?(): Promise<unknown[]>;
}

type AdapterShape = Partial<SqlAdapter> & Partial<RedisAdapter>;

/** The backend of `keyv`'s adapter (see `Backend`). */
export function backendOf(keyv: Keyv): Backend {
  const store = keyv.store as AdapterShape | undefined;
  if (store instanceof MemoryStore) return { kind: 'memory' };
  const dialect = store?.opts?.dialect;
  if (dialect === 'redis' && typeof store?.getClient === 'function') {
    const redis = store as RedisAdapter;
    // first seen here (a store is checked before anything is read through it)
    if (redis.isCluster?.() === true) prepareCluster(redis);
    return { kind: 'redis', store: redis };
  }
  if ((dialect === 'sqlite' || dialect === 'postgres') && typeof store?.query === 'function') {
    return { kind: dialect, store: store as SqlAdapter };
  }
  return { kind: 'other', name: adapterName(store) };
}

/** What a store URL's scheme promises, and the adapter package that keeps the promise. */
const EXPECTED: Record<string, { readonly kind: Backend['kind']; readonly pkg: string }> = {
  'sqlite:': { kind: 'sqlite', pkg: '@keyv/sqlite' },
  'redis:': { kind: 'redis', pkg: '@keyv/redis' },
  'rediss:': { kind: 'redis', pkg: '@keyv/redis' },
  'redis+cluster:': { kind: 'redis', pkg: '@keyv/redis' },
  'rediss+cluster:': { kind: 'redis', pkg: '@keyv/redis' },
  'postgres:': { kind: 'postgres', pkg: '@keyv/postgres' },
  'postgresql:': { kind: 'postgres', pkg: '@keyv/postgres' },
};

/**
 * At open, for a store keyproof opened from its URL: the adapter is the one its native store
 * was written for, and (SQL) Keyv's table, when it already exists, is keyed by `key` alone (Keyv
 * 6's adapters key it by `(key, namespace)`, which keyproof's `ON CONFLICT (key)` upserts would
 * not match). Else one StoreConfigError that says which and how to fix it.
 */
export async function checkBackend(keyv: Keyv, url: URL, shown: string): Promise<void> {
  const expected = EXPECTED[url.protocol];
  if (!expected) return;
  const backend = backendOf(keyv);
  if (backend.kind !== expected.kind) {
    throw new StoreConfigError(
      `store ${shown}: the installed ${expected.pkg} is not the adapter keyproof was written for ` +
        `(found ${backend.kind === 'other' ? backend.name : `a ${backend.kind} adapter`}, without the \`opts.dialect\` and ` +
        `${expected.kind === 'redis' ? '`getClient()`' : '`query()`'} of Keyv 5's ${expected.pkg}). keyproof's fill lease and ` +
        `atomic counters run their own ${expected.kind === 'redis' ? 'Lua' : 'SQL'} through that adapter; with another one they ` +
        `would silently not run. Fix: install the versions keyproof is tested with: keyv@5 and ${expected.pkg}@${TESTED[expected.pkg]}.`,
    );
  }
  if (backend.kind === 'sqlite' || backend.kind === 'postgres')
    await bounded(checkKeyvTable(backend.kind, backend.store, shown));
}

/** Longest the table check may hold up opening; a database that does not answer by then is not checked. */
const TABLE_CHECK_MS = 2000;

/**
 * The table check, bounded: only its verdict is thrown. A database that is down or slow at open
 * is not held against the store (the guard handles an unanswering store); its table goes unchecked.
 */
async function bounded(check: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, TABLE_CHECK_MS);
    timer.unref();
  });
  try {
    await Promise.race([
      check.catch((error: unknown) => (error instanceof StoreConfigError ? Promise.reject(error) : undefined)),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The adapter versions keyproof's tests run against (the peer ranges in package.json). */
const TESTED: Record<string, string> = { '@keyv/sqlite': '4', '@keyv/postgres': '2', '@keyv/redis': '5' };

/** Keyv's table, when it exists, must have `key` alone as its primary key. */
async function checkKeyvTable(kind: 'sqlite' | 'postgres', store: SqlAdapter, shown: string): Promise<void> {
  const table = store.opts.table ?? 'keyv';
  let keyColumns: string[];
  if (kind === 'sqlite') {
    const rows = (await store.query(`PRAGMA table_info(${table})`)) as Array<{ name: string; pk: number }>;
    keyColumns = rows.filter((r) => r.pk > 0).map((r) => r.name);
  } else {
    const rows = (await store.query(
      `SELECT a.attname AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) ` +
        `WHERE i.indisprimary AND i.indrelid = to_regclass($1)`,
      [`${store.opts.schema ?? 'public'}.${table}`],
    )) as Array<{ name: string }>;
    keyColumns = rows.map((r) => r.name);
  }
  if (keyColumns.length === 0 || (keyColumns.length === 1 && keyColumns[0] === 'key')) return; // not created yet, or Keyv 5's
  throw new StoreConfigError(
    `store ${shown}: Keyv's table \`${table}\` is keyed by (${keyColumns.join(', ')}), not by \`key\` alone as Keyv 5's adapters ` +
      `create it (Keyv 6's adapters key it by key and namespace). keyproof writes entries, leases and records with ` +
      `\`ON CONFLICT (key)\`, which that table cannot match. Fix: point keyproof at a database (or table) of its own, or drop the ` +
      `table and let keyproof's adapter create it again (a cache: only cached answers are lost).`,
  );
}

/**
 * For a Keyv instance the application passed in: a backend keyproof has no native store for
 * works, and is told once what it goes without.
 */
export function warnIfOther(keyv: Keyv): void {
  const backend = backendOf(keyv);
  if (backend.kind !== 'other') return;
  warnOnce(
    'KEYPROOF_STORE_NOT_NATIVE',
    backend.name,
    `keyproof: the Keyv store ${backend.name} is not one keyproof has native support for (SQLite, PostgreSQL or Redis through ` +
      `Keyv 5's @keyv/sqlite, @keyv/postgres, @keyv/redis). It works, without a fill lease (processes that miss the same key at ` +
      `once each call upstream) and with read-modify-write counters (processes sharing it may lose counts).`,
  );
}

function adapterName(store: AdapterShape | undefined): string {
  if (store === undefined) return 'without an adapter';
  const name = (store as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' && name !== 'Object' ? name : 'adapter of unknown kind';
}
