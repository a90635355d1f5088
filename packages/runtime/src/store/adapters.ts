import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Keyv, { type Deserialize, type KeyvStoreAdapter } from 'keyv';
import { StoreConfigError } from '../errors.js';
import { redact } from '../printable.js';
import { MemoryStore } from './memory-store.js';
import { announceNewDefaultStore } from './announce-default-store.js';
import { checkBackend } from './backend.js';
import { checkUrlUserinfo } from './check-url-userinfo.js';
import { postgresAdapter } from './postgres-adapter.js';
import { isReadOnlyFile, readOnlySqlite } from './read-only-sqlite.js';
import { NAMESPACE } from './store-keys.js';
import { tolerantDeserialize } from './unreadable-record.js';

interface Adapter {
  /** npm package that provides the Keyv adapter. */
  readonly pkg: string;
  create(url: URL, mod: Record<string, unknown>): KeyvStoreAdapter;
}

/**
 * URL scheme → Keyv adapter. `memory://` needs no package. The adapters are optional peer
 * dependencies, loaded only when their scheme is used.
 */
const ADAPTERS: Record<string, Adapter> = {
  'sqlite:': {
    pkg: '@keyv/sqlite',
    create: (url, mod) => {
      const file = sqlitePath(url);
      if (isReadOnlyFile(file)) return readOnlySqlite(file); // a read-only volume: served, never written
      if (file === defaultStoreFile()) announceNewDefaultStore(file);
      mkdirSync(dirname(file), { recursive: true });
      const KeyvSqlite = exported(mod, 'KeyvSqlite');
      // busyTimeout: several processes may write one file; wait for the lock, never fail.
      const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 10_000 });
      // WAL: readers never wait for a writer, and a write is one append; a lost last write on power
      // failure (synchronous=NORMAL) only costs a cache miss. Persistent in the file once set.
      const query = (adapter as unknown as { query?: (sql: string) => Promise<unknown> }).query;
      void query?.call(adapter, 'PRAGMA journal_mode=WAL').catch(() => {});
      void query?.call(adapter, 'PRAGMA synchronous=NORMAL').catch(() => {});
      return adapter;
    },
  },
  'redis:': { pkg: '@keyv/redis', create: (url, mod) => redisAdapter(url, mod) },
  'rediss:': { pkg: '@keyv/redis', create: (url, mod) => redisAdapter(url, mod) },
  'redis+cluster:': { pkg: '@keyv/redis', create: (url, mod) => redisClusterAdapter(url, mod) },
  'rediss+cluster:': { pkg: '@keyv/redis', create: (url, mod) => redisClusterAdapter(url, mod) },
  'postgres:': {
    pkg: '@keyv/postgres',
    create: (url, mod) => postgresAdapter(exported(mod, 'KeyvPostgres'), url.href),
  },
  'postgresql:': {
    pkg: '@keyv/postgres',
    create: (url, mod) => postgresAdapter(exported(mod, 'KeyvPostgres'), url.href),
  },
};

type AdapterClass = new (options: unknown) => KeyvStoreAdapter;

/**
 * Redis without a reconnect loop of its own: node-redis retries a lost connection on a
 * referenced timer, which keeps a finished process alive forever while Redis is down. Here a
 * lost connection closes the client; the next operation (after the guard's retry pause)
 * connects again, so a dead Redis costs one refused connection per pause, and nothing holds
 * the process open. A write Redis refuses is an error, never a silent success.
 */
function redisAdapter(url: URL, mod: Record<string, unknown>): KeyvStoreAdapter {
  // throwOnErrors: @keyv/redis otherwise swallows a refused SET (OOM at maxmemory with
  // noeviction) and Keyv reports it written; thrown, the guard sees it (event, fail-closed)
  const KeyvRedis = exported(mod, 'KeyvRedis') as unknown as new (
    client: unknown,
    options: unknown,
  ) => KeyvStoreAdapter;
  return new KeyvRedis(
    { url: url.href, socket: { reconnectStrategy: () => false, connectTimeout: 5000 } },
    { throwOnErrors: true },
  );
}

/**
 * Redis Cluster (ElastiCache cluster mode, Valkey): `redis+cluster://[user:pass@]host:port`
 * names one node to learn the cluster from (`?nodes=host:port,host:port` adds more, for when
 * that one is down at start); `rediss+cluster://` is the same over TLS. Credentials and the
 * no-reconnect-loop socket apply to every node the client discovers.
 */
function redisClusterAdapter(url: URL, mod: Record<string, unknown>): KeyvStoreAdapter {
  const createCluster = mod.createCluster;
  if (typeof createCluster !== 'function')
    throw new StoreConfigError('the adapter module does not export createCluster');
  const tls = url.protocol === 'rediss+cluster:';
  const scheme = tls ? 'rediss:' : 'redis:';
  const seeds = [url.host, ...(url.searchParams.get('nodes')?.split(',') ?? [])].filter((h) => h !== '');
  const cluster = (createCluster as (options: unknown) => unknown)({
    rootNodes: seeds.map((host) => ({ url: `${scheme}//${host}` })),
    defaults: {
      ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
      ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
      socket: { reconnectStrategy: () => false, connectTimeout: 5000, ...(tls ? { tls: true } : {}) },
    },
  });
  const KeyvRedis = exported(mod, 'KeyvRedis') as unknown as new (
    client: unknown,
    options: unknown,
  ) => KeyvStoreAdapter;
  return new KeyvRedis(cluster, { throwOnErrors: true });
}

function exported(mod: Record<string, unknown>, name: string): AdapterClass {
  const ctor = mod[name] ?? mod.default;
  if (typeof ctor !== 'function') throw new StoreConfigError(`the adapter module does not export ${name}`);
  return ctor as AdapterClass;
}

/** `sqlite://relative/path`, `sqlite:///absolute/path`, `sqlite:relative` → an absolute file path. */
export function sqlitePath(url: URL): string {
  if (url.host === '' && url.pathname.startsWith('/')) return fileURLToPath(`file://${url.pathname}`);
  return resolve(process.cwd(), decodeURIComponent(`${url.host}${url.pathname}`));
}

/**
 * The default store: embedded SQLite in `.keyproof/cache.sqlite` next to the nearest
 * package.json at or above `cwd` (the project's root), so starting the app from a
 * subdirectory (`cd src && node main.js`, a test runner's per-package cwd) finds the same cache;
 * with no package.json above, under `cwd` itself.
 */
export function defaultStoreUrl(cwd: string = process.cwd()): string {
  return `sqlite://${defaultStoreFile(cwd)}`;
}

/** The file `defaultStoreUrl` names. */
function defaultStoreFile(cwd: string = process.cwd()): string {
  return resolve(projectRoot(cwd), '.keyproof', 'cache.sqlite');
}

/** The nearest directory at or above `from` that holds a package.json, else `from`. */
function projectRoot(from: string): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(from);
  }
}

/** Open a Keyv instance for a store URL, loading its adapter package. */
export async function openStoreUrl(
  raw: string,
  load: (pkg: string) => Promise<unknown> = (pkg) => import(pkg),
): Promise<Keyv> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (error) {
    throw new StoreConfigError(`store URL ${redact(raw)} is not a URL. ${supported()}`, { cause: error });
  }
  if (url.protocol === 'memory:') return keyvFor(undefined);
  if (url.protocol !== 'sqlite:') checkUrlUserinfo(raw, url);
  const adapter = ADAPTERS[url.protocol];
  if (!adapter) {
    throw new StoreConfigError(`store URL ${redact(url)} has the unknown scheme ${url.protocol}//. ${supported()}`);
  }
  let mod: Record<string, unknown>;
  try {
    mod = (await load(adapter.pkg)) as Record<string, unknown>;
  } catch (error) {
    throw new StoreConfigError(adapterLoadProblem(redact(url), adapter.pkg, error), { cause: error });
  }
  const keyv = keyvFor(adapter.create(url, mod));
  await checkBackend(keyv, url, redact(url));
  return keyv;
}

/**
 * Why an adapter package did not load, with the fix for that cause: the package itself is
 * missing (or a bundle cannot import it by name), or it is there but its native part is not
 * (sqlite3 built with `--ignore-scripts`, or skipped by pnpm 10's build-script policy).
 */
function adapterLoadProblem(url: string, pkg: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | undefined)?.code;
  const missingItself =
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && message.includes(`'${pkg}'`);
  if (missingItself) {
    return (
      `store URL ${url} needs the Keyv adapter ${pkg}, which is not installed.\n` +
      `Fix: npm install ${pkg}   (or: pnpm add ${pkg}). In a bundle, keep keyproof and ${pkg} external ` +
      `(esbuild/tsup: packages: 'external'), or pass a Keyv instance: configure({ store: new Keyv(adapter) }).`
    );
  }
  return (
    `store URL ${url} needs the Keyv adapter ${pkg}, which is installed but failed to load: ${message.split('\n')[0]}\n` +
    (pkg === '@keyv/sqlite'
      ? `This is usually sqlite3's native module, not built because install scripts were skipped (npm --ignore-scripts, ` +
        `or pnpm 10, which builds only packages listed in onlyBuiltDependencies). Fix: npm rebuild sqlite3 ` +
        `(pnpm: add sqlite3 to onlyBuiltDependencies in pnpm-workspace.yaml, then pnpm rebuild sqlite3), or use another store (KEYPROOF_STORE=memory:// or redis://…).`
      : `Fix: reinstall ${pkg} and its dependencies.`)
  );
}

/** Wrap an adapter the way keyproof needs Keyv: its namespace, errors thrown (then bypassed by us). */
export function keyvFor(adapter: KeyvStoreAdapter | undefined): Keyv {
  // keyproof stores only base64 text and flat records, so native JSON is exact and avoids Keyv's
  // reviver-based parser on every read; memory:// keeps records as they are (no text at all)
  const keyv = new Keyv({
    // memory://: a Map that releases expired rows and knows its size (memory-store.ts)
    store: adapter ?? new MemoryStore(),
    namespace: NAMESPACE,
    throwOnErrors: true,
    serialize: adapter ? JSON.stringify : undefined,
    deserialize: adapter ? (JSON.parse as Deserialize) : undefined,
  });
  // a row that is not Keyv's JSON is one bad entry, not a broken store: read it as unreadable
  if (adapter) keyv.deserialize = tolerantDeserialize(keyv.deserialize);
  // Keyv also emits its errors; keyproof reports them through its own events.
  keyv.on('error', () => {});
  return keyv;
}

function supported(): string {
  return 'Supported: memory://, sqlite://PATH, redis://HOST:PORT, redis+cluster://HOST:PORT, postgres://USER@HOST/DB.';
}
