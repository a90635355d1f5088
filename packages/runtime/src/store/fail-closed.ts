import { config } from '../config.js';
import { CorruptEntryError, StoreUnavailableError } from '../errors.js';
import { redact } from '../printable.js';
import type { GuardedStore } from './guarded-store.js';
import { readEntryWithHeader, type StoredEntry } from './read-entry.js';

const BYPASSED = Symbol('bypassed');

/** `strict: 'fail-closed'` on the method, else in `configure`: a store or codec problem throws instead of being bypassed. */
export function failsClosed(options: { readonly strict: boolean | 'fail-closed' | undefined }): boolean {
  return (options.strict ?? config().strict) === 'fail-closed';
}

/**
 * `strict: 'fail-closed'`: the entry under `key`, or undefined when there is none; a store that
 * did not answer throws StoreUnavailableError and an entry that cannot be used throws
 * CorruptEntryError, instead of the call going on to upstream as a miss. The unusable entry is
 * removed first, so only that call fails: the next one is a miss that stores a fresh answer.
 */
export async function readEntryFailClosed(
  store: GuardedStore,
  key: string,
  id: string,
): Promise<StoredEntry | undefined> {
  const stored = await store.getRawOr(key, BYPASSED);
  if (stored === BYPASSED) throw storeDidNotAnswer(id, store);
  if (stored === undefined) return undefined;
  try {
    const { header, ...read } = readEntryWithHeader(stored.value, key);
    if (header?.x !== undefined && header.x <= Date.now()) return undefined; // expired, its row kept for staleIfError
    return { ...read, expires: header?.x ?? stored.expires ?? null };
  } catch (error) {
    if (error instanceof CorruptEntryError) throw await unreadableFailClosed(store, key, id, error);
    throw error;
  }
}

/** `strict: 'fail-closed'`: the store did not answer the call's read. */
export function storeDidNotAnswer(id: string, store: GuardedStore): StoreUnavailableError {
  return new StoreUnavailableError(
    `${id}: the store ${redact(store.label)} did not answer (failed, timed out, or is skipped for a moment after a failure), and ${id} ` +
      `is strict: 'fail-closed', so it was not called without the cache. Fix: restore the store, or drop 'fail-closed' to bypass it.`,
  );
}

/**
 * `strict: 'fail-closed'`: this call fails, as fail-closed says; the row goes, so the next call
 * is a plain miss that stores a fresh answer (kept, it would fail every call for this key forever).
 */
export async function unreadableFailClosed(
  store: GuardedStore,
  key: string,
  id: string,
  error: CorruptEntryError,
): Promise<CorruptEntryError> {
  const removed = await store.delete(key);
  return new CorruptEntryError(
    `${id}: entry ${key} is unreadable and ${id} is strict: 'fail-closed', so this call fails: ${error.message}. ` +
      (removed
        ? 'The entry was removed: the next call computes and stores it again.'
        : 'The entry could not be removed (the store refused): remove it with `keyproof clear`.'),
    { cause: error },
  );
}

/** `strict: 'fail-closed'`: a write the store did not confirm throws. */
export function writeRefused(id: string, store: GuardedStore): StoreUnavailableError {
  return new StoreUnavailableError(
    `${id}: the store ${redact(store.label)} did not take the result (it was computed but not cached), and ${id} is strict: 'fail-closed'. ` +
      `Fix: restore the store's writes, or drop 'fail-closed'.`,
  );
}
