/**
 * The memoised methods under test, one per library and store, all wrapping the same upstream:
 * keyproof (front cache on and off), p-memoize over a Keyv cache, cacheable's `wrap` over the
 * same Keyv store, plus the floors (`keyv.get` with a precomputed key, a raw prepared read).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Keyv from 'keyv';
import KeyvSqlite from '@keyv/sqlite';
import pMemoize from 'p-memoize';
import { Cacheable } from 'cacheable';
import sqlite3 from 'sqlite3';
import { configure, memoize } from 'keyproof';
import { planFor } from './plan.mjs';
import { TUPLE_NAMES } from './inputs.mjs';

const FRONT_DEFAULT = { maxEntries: 10_000, maxBytes: 64 * 1024 * 1024 };
let seq = 0;

export const dir = mkdtempSync(join(tmpdir(), 'keyproof-bench-'));

/** A Keyv for a store kind, the way a peer user would open it. */
export function openKeyv(kind, name) {
  if (kind === 'memory') return new Keyv();
  return new Keyv({ store: new KeyvSqlite({ uri: `sqlite://${join(dir, `${name}.sqlite`)}`, busyTimeout: 10_000 }) });
}

function storeUrl(kind, name) {
  return kind === 'memory' ? `memory://${name}` : `sqlite://${join(dir, `${name}.sqlite`)}`;
}

/**
 * keyproof's memoised function over `kind`. front=false opens its store context while the
 * front cache is configured off (contexts read the setting when they are created).
 */
export async function keyproofFn(kind, upstream, { front = true, warmArgs } = {}) {
  const id = `bench.${kind}.${front ? 'front' : 'nofront'}.${seq++}`;
  const fn = memoize(upstream, { id, store: storeUrl(kind, id) }, planFor(id, TUPLE_NAMES));
  configure({ frontCache: front ? FRONT_DEFAULT : false });
  await fn(...warmArgs); // creates the store context now, with this front-cache setting
  configure({ frontCache: FRONT_DEFAULT });
  return fn;
}

/** p-memoize with a Keyv cache; the whole argument list is the key (JSON). */
export function pMemoizeFn(keyv, upstream) {
  return pMemoize(upstream, { cache: keyv, cacheKey: (args) => JSON.stringify(args) });
}

/** cacheable's wrap over the same Keyv as primary store. */
export function cacheableFn(keyv, upstream) {
  const cache = new Cacheable({ primary: keyv });
  return cache.wrap(upstream, { keyPrefix: 'bench' });
}

/** A raw prepared SQLite read on @keyv/sqlite's table (the query it runs for `get`). */
export async function rawSqlite(file) {
  const db = await new Promise((resolve, reject) => {
    const d = new sqlite3.Database(file, (e) => (e ? reject(e) : resolve(d)));
  });
  const stmt = db.prepare('SELECT * FROM keyv WHERE key = ?');
  return {
    get: (key) => new Promise((resolve, reject) => stmt.get(key, (e, row) => (e ? reject(e) : resolve(row)))),
    close: () => new Promise((resolve) => stmt.finalize(() => db.close(() => resolve()))),
  };
}
