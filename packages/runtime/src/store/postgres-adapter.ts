import { createRequire } from 'node:module';
import type { KeyvStoreAdapter } from 'keyv';
import { StoreConfigError } from '../errors.js';

/**
 * The PostgreSQL adapter as keyproof needs it: @keyv/postgres, with three repairs.
 *
 * - Its own `pg.Pool` with an `error` listener. @keyv/postgres shares one module-level pool
 *   that has none, so a server that dies under idle connections throws "Connection
 *   terminated unexpectedly" as an uncaught exception and takes the host process down.
 * - Idle connections do not keep the process alive (`allowExitOnIdle`): keyproof opened them.
 * - Connection attempts are bounded (`connectionTimeoutMillis`), so a stalled server does not
 *   pile up waiting queries behind keyproof's bypass.
 * - The table is (re)created when a query finds it missing: @keyv/postgres creates it only
 *   once, at construction, so a server that was down at start-up never worked afterwards.
 *
 * Keys: `keyproof:~meta:{id}:{version}:{64 hex}` is 81 characters plus the id and version;
 * @keyv/postgres's default VARCHAR(255) leaves only 174 for both. New tables get
 * VARCHAR(KEY_SIZE); a key too long for an existing narrower table is rejected per key
 * (see `isKeyTooLong`), never treated as a store outage.
 */
const KEY_SIZE = 1024;

interface PgPool {
  query(sql: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  on(event: 'error', listener: (error: Error) => void): unknown;
  end(): Promise<void>;
}
type PgPoolClass = new (options: Record<string, unknown>) => PgPool;
type Query = (sql: string, values?: unknown[]) => Promise<unknown[]>;
interface PostgresLike {
  opts: { uri: string; table: string; schema: string; keySize: number };
  emit(event: 'error', error: unknown): boolean;
  query: Query;
}
type AdapterClass = new (options: Record<string, unknown>) => KeyvStoreAdapter;

const pools = new WeakMap<object, PgPool>();

/** The `pg` package that @keyv/postgres itself depends on (resolvable from its folder in any layout). */
function loadPgPool(): PgPoolClass {
  let pg: { Pool?: PgPoolClass; default?: { Pool?: PgPoolClass } };
  try {
    const here = createRequire(import.meta.url);
    pg = createRequire(here.resolve('@keyv/postgres'))('pg') as typeof pg;
  } catch (error) {
    throw new StoreConfigError(
      `@keyv/postgres is installed but its pg dependency cannot be loaded (${(error as Error).message.split('\n')[0]}). ` +
        `Fix: reinstall it (npm install @keyv/postgres), or add pg next to it (npm install pg).`,
      { cause: error },
    );
  }
  const Pool = pg.Pool ?? pg.default?.Pool;
  if (!Pool) throw new StoreConfigError('the pg package found beside @keyv/postgres has no Pool export');
  return Pool;
}

/** Postgres error code 22001: a value (here: a key) longer than its VARCHAR column. */
export function isKeyTooLong(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === '22001';
}

/** What to tell the user when a key did not fit (the store stays in use; that key is not cached). */
export function keyTooLongError(store: string, op: string, cause: Error): StoreConfigError {
  return new StoreConfigError(
    `store ${store} refused a key as too long for its key column during ${op} (${cause.message}). ` +
      `The table was created with a narrower key column than keyproof's (VARCHAR(${KEY_SIZE})), e.g. by an older ` +
      `@keyv/postgres or another Keyv user. Results whose keys do not fit are returned but not cached. ` +
      `Fix: ALTER TABLE keyv ALTER COLUMN key TYPE VARCHAR(${KEY_SIZE}), or give the method a shorter memoize({ id }) / version.`,
    { cause },
  );
}

export function postgresAdapter(KeyvPostgres: AdapterClass, uri: string): KeyvStoreAdapter {
  const Pool = loadPgPool();

  class KeyproofPostgres extends (KeyvPostgres as unknown as new (options: Record<string, unknown>) => PostgresLike) {
    // called by the base constructor (after `opts` is set): fields of this class are not ready yet
    async connect(): Promise<Query> {
      // allowExitOnIdle: idle pooled connections never keep a finished process alive
      const pool = new Pool({
        connectionString: this.opts.uri,
        connectionTimeoutMillis: 3000,
        max: 10,
        allowExitOnIdle: true,
      });
      pool.on('error', (error) => this.emit('error', error));
      pools.set(this, pool);
      const table = `${this.opts.schema}.${this.opts.table}`;
      const create = `CREATE TABLE IF NOT EXISTS ${table}(key VARCHAR(${Number(this.opts.keySize)}) PRIMARY KEY, value TEXT )`;
      const run: Query = async (sql, values) => (await pool.query(sql, values)).rows;
      return async (sql, values) => {
        try {
          return await run(sql, values);
        } catch (error) {
          if ((error as { code?: unknown }).code !== '42P01') throw error; // 42P01: undefined table
          await run(create);
          return run(sql, values);
        }
      };
    }

    async disconnect(): Promise<void> {
      await pools.get(this)?.end();
      pools.delete(this);
    }
  }

  return new KeyproofPostgres({ uri, keySize: KEY_SIZE }) as unknown as KeyvStoreAdapter;
}
