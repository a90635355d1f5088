/**
 * What each test worker has of its own. Test files run in parallel workers (N = 1, 2, …) and
 * share the machine, so:
 *
 * - the Redis and PostgreSQL servers: worker N uses Redis database N and PostgreSQL database
 *   `{name}_wN`, so a file that clears, prunes or invalidates a whole store (`keyproof clear`, a
 *   tag, the housekeeping) never reaches a file another worker runs. A Redis Cluster has one
 *   database: what the tests write there is named uniquely (method ids, tag names);
 * - ts-patch's cache of the patched compiler (`CACHE_DIR`): every `tspc` rewrites it under a lock
 *   that two processes can both take, so each worker keeps its own in the checkout's
 *   `node_modules/.cache/worker-N`.
 *
 * The setup file (this module's side effect, in every worker before each test file) sets the
 * environment, which every child process a test starts inherits; the global setup
 * (vitest.services.ts) creates the PostgreSQL databases first.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Redis has databases 0–15 by default; 0 is left to tools and people. */
const REDIS_DATABASES = 15;

function worker(): number | undefined {
  const id = Number(process.env.VITEST_POOL_ID);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/** The worker's Redis database: the URL's own, if it names one, is kept. */
function redisUrl(base: string, id: number): string {
  const url = new URL(base);
  if (url.pathname !== '' && url.pathname !== '/') return base;
  url.pathname = `/${((id - 1) % REDIS_DATABASES) + 1}`;
  return url.href;
}

/** The worker's PostgreSQL database: the URL's, with `_wN` after its name (once). */
function postgresUrl(base: string, id: number): string {
  const url = new URL(base);
  const name = url.pathname.replace(/\/$/, '');
  if (!name.endsWith(`_w${id}`)) url.pathname = `${name}_w${id}`;
  return url.href;
}

interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}

/** `pg` as the runtime loads it: beside @keyv/postgres, the runtime's adapter. */
function pgClient(url: string): PgClient {
  const runtime = createRequire(new URL('./packages/runtime/package.json', import.meta.url));
  const pg = createRequire(runtime.resolve('@keyv/postgres'))('pg') as {
    Client: new (options: { connectionString: string }) => PgClient;
  };
  return new pg.Client({ connectionString: url });
}

/** Global setup: one PostgreSQL database per worker, made once before any worker starts. */
export async function createWorkerDatabases(workers: number): Promise<void> {
  const base = process.env.KEYPROOF_TEST_POSTGRES_URL;
  if (!base) return;
  const client = pgClient(base);
  await client.connect();
  try {
    for (let id = 1; id <= workers; id++) {
      const name = new URL(postgresUrl(base, id)).pathname.slice(1);
      try {
        await client.query(`CREATE DATABASE "${decodeURIComponent(name).replaceAll('"', '""')}"`);
      } catch (error) {
        if ((error as { code?: string }).code !== '42P04') throw error; // 42P04: it exists already
      }
    }
  } finally {
    await client.end();
  }
}

const id = worker();
if (id !== undefined) {
  const { KEYPROOF_TEST_REDIS_URL: redis, KEYPROOF_TEST_POSTGRES_URL: postgres } = process.env;
  if (redis) process.env.KEYPROOF_TEST_REDIS_URL = redisUrl(redis, id);
  if (postgres) process.env.KEYPROOF_TEST_POSTGRES_URL = postgresUrl(postgres, id);
  process.env.CACHE_DIR = fileURLToPath(new URL(`./node_modules/.cache/worker-${id}`, import.meta.url));
}
