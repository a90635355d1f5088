import type Keyv from 'keyv';
import type { MemoizeMode } from './options.js';

/** Process-wide settings. Every field is optional in `configure()`. */
export interface KeyproofConfig {
  /**
   * Where entries live: a Keyv instance or a URL (`memory://`, `sqlite://PATH`,
   * `redis://HOST:PORT`, `postgres://USER@HOST/DB`). The `KEYPROOF_STORE` environment
   * variable wins over this, so operators can point a service at a shared cache.
   * @default `sqlite://.keyproof/cache.sqlite` next to the nearest package.json above the working directory
   */
  store?: Keyv | string;
  /**
   * Throw `UnstorableValueError` to the caller when a result cannot be stored, instead of
   * returning it with a warning. `'fail-closed'`: also throw on any store or codec problem
   * instead of going on without the store (see `memoize({ strict })`).
   * @default false
   */
  strict?: boolean | 'fail-closed';
  /**
   * Longest wait on the store for one operation; past it the call goes on without the store.
   * Time spent encoding or decoding an allowed value, or with the event loop blocked, does not
   * count. Bookkeeping (counters, entry records) waits up to 4× this (at least 2 s), off the call path.
   * @default 500
   */
  storeTimeoutMs?: number;
  /**
   * After a store failure, skip that kind of operation for this long before trying it again. A
   * failed read skips writes too (the store is down); a refused write (read-only file, Redis at
   * maxmemory) leaves reads alone, so what the store has is still served.
   * @default 1000
   */
  storeRetryAfterMs?: number;
  /**
   * On a miss in a shared store (Redis, PostgreSQL, SQLite), take a fill lease so that other
   * processes missing the same key wait for this one's result instead of calling upstream too.
   * A waiter polls for the entry and calls upstream itself after this long at most. The lease
   * itself lives a few seconds and is renewed while its holder lives, so a holder that crashed
   * holds others up for about 3 s (twice `storeTimeoutMs` when that is longer), not for
   * `leaseMs`. 0 turns it off.
   * @default 30_000
   */
  leaseMs?: number;
  /**
   * The in-process cache of recently used encoded values (false to turn it off). `maxAgeMs`
   * bounds how long an entry is served without reading the store again, so that
   * `keyproof clear` run elsewhere reaches running processes.
   * @default { maxEntries: 10_000, maxBytes: 64 MiB, maxAgeMs: 60_000 }
   */
  frontCache?: { maxEntries: number; maxBytes: number; maxAgeMs?: number } | false;
  /**
   * The most a local store (`memory://`, SQLite) holds. Past it, the store's housekeeping evicts
   * the entries cheapest to recompute per byte kept (the method's `cost` × (1 + hits) / size,
   * lowest first, then the least recently used) down to 90% of the bound. Checked every
   * `reclaimIntervalMs` and after every few hundred new entries, so the store may pass the bound
   * briefly. Shared stores (Redis, PostgreSQL) are bounded by their server (`maxmemory`) or by
   * `keyproof prune`. false: no bound.
   * @default memory://: { maxEntries: 100_000, maxBytes: 256 MiB }; SQLite: { maxEntries: 1_000_000, maxBytes: 1 GiB }
   */
  storeBound?: { maxEntries?: number; maxBytes?: number } | false;
  /**
   * How often each store's housekeeping runs: expired entries, their records and tombstones are
   * removed (SQLite, PostgreSQL, memory://: Keyv itself drops an expired row only when it is
   * read again), and local stores are held to `storeBound`. 0 turns the timer off (`prune()`
   * still works). The timer never keeps a process alive.
   * @default 60_000
   */
  reclaimIntervalMs?: number;
  /**
   * Results whose encoding is larger than this are returned but not stored.
   * @default 16 MiB
   */
  maxValueBytes?: number;
  /**
   * A deployment secret (at least 16 bytes; 32 random bytes recommended). With it, key digests
   * are HMAC-SHA256 under the secret instead of SHA-256, so someone who can read a shared store
   * cannot confirm a guessed argument, and every entry carries a MAC bound to its key, so
   * someone who can write the store cannot plant a result. Values are not encrypted. Setting or
   * changing it changes every key (a new, empty namespace).
   * @default none: plain SHA-256 digests, unsealed entries
   */
  keySecret?: string | Uint8Array;
  /**
   * How often hit counts, method counters and new entries' records are written to the store,
   * as atomic increments (exact across processes on SQLite, Redis and PostgreSQL), in bounded
   * batches. 0: only on `flush()`, `stats()` and `close()` (and when the process is about to exit).
   * @default 1000
   */
  flushIntervalMs?: number;
  /**
   * Watch each method's keys: on a miss (each of a method's first `2 × minCalls`, then one in
   * 8), the digest of each key field (and of each property of a field that is a plain object)
   * goes into a small distinct-value sketch per field. Once a
   * method has made `minCalls` calls with next to no hits while one field was new on nearly every
   * call and the others repeat, keyproof emits `key-never-repeats` and warns once
   * (`KEYPROOF_KEY_NEVER_REPEATS`). The sketches are kept on the method's store record, so
   * `keyproof stats` shows the same. false turns it off. The hit path is not affected.
   * @default { minCalls: 200 }
   */
  keyWatch?: { minCalls: number } | false;
  /**
   * `'shadow'` for every method without a `mode` of its own: keys computed, the store read and
   * would-be hits counted, upstream always called, nothing served from the cache (see
   * `memoize({ mode })`).
   * @default 'serve'
   */
  mode?: MemoizeMode;
}

export type ResolvedConfig = Required<Omit<KeyproofConfig, 'store' | 'keySecret'>> &
  Pick<KeyproofConfig, 'store' | 'keySecret'>;

const DEFAULTS: ResolvedConfig = {
  strict: false,
  storeTimeoutMs: 500,
  storeRetryAfterMs: 1000,
  leaseMs: 30_000,
  frontCache: { maxEntries: 10_000, maxBytes: 64 * 1024 * 1024, maxAgeMs: 60_000 },
  maxValueBytes: 16 * 1024 * 1024,
  storeBound: {},
  reclaimIntervalMs: 60_000,
  flushIntervalMs: 1000,
  keyWatch: { minCalls: 200 },
  mode: 'serve',
};

let current: ResolvedConfig = { ...DEFAULTS };
let generation = 0;

/**
 * Change process-wide settings. `strict`, `maxValueBytes`, `leaseMs` and `store` take effect
 * for calls made after it; `storeTimeoutMs`, `storeRetryAfterMs`, `frontCache` and
 * `flushIntervalMs` are fixed for each store when it is first opened (so set them before the
 * first call, or call `close()` first).
 */
export function configure(options: KeyproofConfig): void {
  const secret = options.keySecret;
  if (
    secret !== undefined &&
    (typeof secret === 'string' ? Buffer.byteLength(secret) : (secret?.byteLength ?? 0)) < 16
  ) {
    throw new TypeError(
      'configure({ keySecret }): the secret must be a string or bytes of at least 16 bytes (32 random bytes recommended).',
    );
  }
  // an unset field keeps its current value: `configure({ ...opts })` never turns things off by accident
  const set = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  current = { ...current, ...set };
  generation++;
}

/** Back to the defaults (tests). */
export function resetConfig(): void {
  current = { ...DEFAULTS };
  generation++;
}

export function config(): ResolvedConfig {
  return current;
}

/** Bumped by every `configure()`: cached store choices compare it to know they are stale. */
export function configGeneration(): number {
  return generation;
}
