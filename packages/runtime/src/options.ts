import type Keyv from 'keyv';
import { parseTtl, type Ttl } from './parse-ttl.js';
import type { Tag, TagFields } from './tags.js';

/** Options of `@memoize(options)` and `memoize(fn, options)`. */
export interface MemoizeOptions {
  /**
   * The method's stable name in keys, stats and the CLI. Must be unique in the program
   * (the transformer checks it). Changing it starts a new, empty namespace.
   * @default `Class.method`, or the function's name
   */
  id?: string;
  /**
   * Part of every key: bump it when the upstream changes its answers (a new model), and old
   * and new entries live side by side.
   * @default '0'
   * @example memoize({ version: 'gpt-4o-2024-08' })
   */
  version?: string;
  /**
   * How long entries live: milliseconds, or `'90s'`, `'15m'`, `'12h'`, `'30d'`.
   * @default entries never expire
   */
  ttl?: Ttl;
  /**
   * What one upstream call costs (any currency): `stats()` reports `cost × hits` as saved.
   * @default 0
   */
  cost?: number;
  /**
   * This method's own store (a Keyv instance or a URL) instead of the global one.
   * @default the global store (see `configure`)
   */
  store?: Keyv | string;
  /**
   * Throw `UnstorableValueError` when a result cannot be cached (overrides `configure`).
   * `'fail-closed'` also throws on any store or codec problem instead of going on without the
   * store: a store that fails, times out or is skipped after a failure (`StoreUnavailableError`,
   * before upstream is called), an entry that cannot be decoded (`CorruptEntryError`), a write
   * the store refused (`StoreUnavailableError`, after upstream answered). The in-process front
   * cache is not used, so `keyproof clear` takes effect at once.
   */
  strict?: boolean | 'fail-closed';
  /**
   * Without a key plan from the transformer, key on every argument instead of refusing to
   * run. A warning is printed once per method. Prefer building with the transformer.
   */
  unplanned?: 'all-arguments';
  /**
   * `'shadow'`: compute keys, read the store and count would-be hits (`wouldBeHits`,
   * `wouldBeSaved`), but always call upstream and never serve from the cache; results are still
   * written, so later calls can find them. Measures a new method's savings and key quality
   * before trusting it. Overrides `configure({ mode })`.
   * @default the configured mode, `'serve'`
   */
  mode?: MemoizeMode;
  /**
   * The tags of an entry, from the call's key field values (field name → the value the key
   * uses): `tags: ({ userId }) => [tag('user', userId)]`. `invalidateTag(tag('user', 'u1'))`
   * then makes every entry carrying that tag miss, in every process sharing the store. Each
   * read checks the entry's tags in the same store round trip as the entry.
   */
  // a method, so its parameter is checked both ways: `({ userId }: { userId: string }) => …` is accepted
  tags?(fields: TagFields): readonly Tag[];
  /**
   * Serve an expired entry for up to this long past its expiry when upstream throws (a
   * fail-safe): `'1h'`, or milliseconds. Needs `ttl`; the store keeps expired entries that much
   * longer. Counted as `stale` and reported in the `stale` event.
   * @default never: an expired entry is a miss
   */
  staleIfError?: Ttl;
}

/** `'serve'`: answer from the cache. `'shadow'`: measure what the cache would answer, serve nothing from it. */
export type MemoizeMode = 'serve' | 'shadow';

export interface ResolvedMethodOptions {
  readonly id: string;
  readonly version: string;
  readonly ttlMs: number | undefined;
  readonly cost: number;
  readonly store: Keyv | string | undefined;
  readonly strict: boolean | 'fail-closed' | undefined;
  readonly mode: MemoizeMode | undefined;
  readonly tags: ((fields: Record<string, unknown>) => readonly Tag[]) | undefined;
  readonly staleIfErrorMs: number | undefined;
}

/**
 * The method's id, decided once: `memoize({ id })`, else the id in the transformer's plan
 * (`Class.method` or the function's name), else `fallback` (the same names, found at run time).
 */
export function methodId(options: MemoizeOptions | undefined, planId: string | undefined, fallback: string): string {
  return options?.id ?? planId ?? fallback;
}

export function resolveOptions(options: MemoizeOptions | undefined, defaultId: string): ResolvedMethodOptions {
  const id = options?.id ?? defaultId;
  const where = `memoize() on ${id}`;
  if (typeof id !== 'string' || id.length === 0 || id.startsWith('~') || /\s/.test(id)) {
    throw new TypeError(
      `${where}: id ${JSON.stringify(id)} must be a non-empty string without spaces, not starting with '~'.`,
    );
  }
  const version = options?.version ?? '0';
  if (typeof version !== 'string' || version.length === 0 || version.includes(':')) {
    throw new TypeError(`${where}: version ${JSON.stringify(version)} must be a non-empty string without ':'.`);
  }
  const cost = options?.cost ?? 0;
  if (typeof cost !== 'number' || !Number.isFinite(cost) || cost < 0) {
    throw new TypeError(
      `${where}: cost ${JSON.stringify(cost)} must be a finite number ≥ 0 (the price of one upstream call).`,
    );
  }
  const strict = options?.strict;
  if (strict !== undefined && typeof strict !== 'boolean' && strict !== 'fail-closed') {
    throw new TypeError(`${where}: strict ${JSON.stringify(strict)} must be true, false or 'fail-closed'.`);
  }
  const mode = options?.mode;
  if (mode !== undefined && mode !== 'serve' && mode !== 'shadow') {
    throw new TypeError(`${where}: mode ${JSON.stringify(mode)} must be 'serve' or 'shadow'.`);
  }
  const tags = options?.tags as ((fields: Record<string, unknown>) => readonly Tag[]) | undefined;
  if (tags !== undefined && typeof tags !== 'function') {
    throw new TypeError(
      `${where}: tags must be a function of the key fields returning tags, e.g. tags: ({ userId }) => [tag('user', userId)].`,
    );
  }
  const ttlMs = parseTtl(options?.ttl, where);
  const staleIfErrorMs = parseTtl(options?.staleIfError, where);
  if (staleIfErrorMs !== undefined && ttlMs === undefined) {
    throw new TypeError(
      `${where}: staleIfError serves entries past their expiry, and this method's entries never expire. Give it a ttl, or drop staleIfError.`,
    );
  }
  return { id, version, ttlMs, cost, store: options?.store, strict: options?.strict, mode, tags, staleIfErrorMs };
}
