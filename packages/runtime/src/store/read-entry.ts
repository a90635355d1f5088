import { VALUE_FORMAT, decodeValue, fromStoredText } from '../codec.js';
import { CorruptEntryError } from '../errors.js';
import { LATER, type GuardedStore } from './guarded-store.js';
import { UnreadableRecord } from './unreadable-record.js';
import { unsealEntry } from '../key-secret.js';
import { unwrapEntry } from './entry-envelope.js';
import { tagKey } from './store-keys.js';
import { RecentEntries, type ReadEntry } from './recent-entries.js';

/** An entry read from the store: its encoded bytes, a fresh decoded value, its expiry. */
export interface StoredEntry {
  readonly bytes: Buffer;
  readonly value: unknown;
  /** Milliseconds since the epoch, or null for never (the entry's own expiry, not its row's: see entry-envelope.ts). */
  readonly expires: number | null;
}

/** Tag id → its current generation (null: never invalidated), read with the entry. */
export type Generations = Record<string, string | null>;

/** An entry that is stored but must not be served: past its expiry (kept for `staleIfError`), or one of its tags was invalidated. */
export interface PassedEntry {
  readonly entry: StoredEntry;
  readonly reason: 'expired' | 'invalidated';
}

/** What one read found: a usable entry (or a corrupt one, or none), an unusable one, and the tags' generations now. */
export interface CheckedRead {
  readonly found: StoredEntry | CorruptEntryError | undefined;
  readonly passed: PassedEntry | undefined;
  readonly generations: Generations;
}

/**
 * The entry under `key` and the current generations of `tagIds`, in ONE store round trip
 * (Keyv's getManyRaw: MGET on Redis, one `IN`/`ANY` query on SQLite and PostgreSQL, direct on
 * memory). An entry whose tag generation differs from the one it was written with, or whose own
 * expiry has passed (its row kept for `staleIfError`), is `passed`, never `found`.
 */
export async function readCheckedEntry(
  store: GuardedStore,
  key: string,
  tagIds: readonly string[],
  now = Date.now(),
  bypassed?: () => Error,
): Promise<CheckedRead> {
  const generations: Generations = {};
  let raw: { value: unknown; expires?: number | null } | undefined;
  if (tagIds.length === 0) {
    const row = await store.getRawOr(key, BYPASSED);
    if (row === BYPASSED) {
      if (bypassed) throw bypassed();
      raw = undefined;
    } else raw = row;
  } else {
    const rows = await store.getManyRaw([key, ...tagIds.map(tagKey)]);
    if (rows === undefined && bypassed) throw bypassed();
    raw = rows?.[0];
    for (const [i, id] of tagIds.entries()) generations[id] = generationOf(rows?.[i + 1]?.value);
  }
  if (raw === undefined) return { found: undefined, passed: undefined, generations };
  let read: ReadEntry;
  try {
    read = readEntryWithHeader(raw.value, key);
  } catch (error) {
    if (error instanceof CorruptEntryError) return { found: error, passed: undefined, generations };
    throw error;
  }
  const header = read.header;
  const entry: StoredEntry = { bytes: read.bytes, value: read.value, expires: header?.x ?? raw.expires ?? null };
  if (tagIds.some((id) => (header?.g?.[id] ?? null) !== generations[id]))
    return { found: undefined, passed: { entry, reason: 'invalidated' }, generations };
  if (header?.x !== undefined && header.x <= now)
    return { found: undefined, passed: { entry, reason: 'expired' }, generations };
  return { found: entry, passed: undefined, generations };
}

const BYPASSED = Symbol('bypassed');

/** The current generations of tags, without an entry (refresh). */
export async function readGenerations(store: GuardedStore, tagIds: readonly string[]): Promise<Generations> {
  const generations: Generations = {};
  if (tagIds.length === 0) return generations;
  const rows = await store.getManyRaw(tagIds.map(tagKey));
  for (const [i, id] of tagIds.entries()) generations[id] = generationOf(rows?.[i]?.value);
  return generations;
}

function generationOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/**
 * The entry under `key`: undefined when there is none (or the store did not answer), a
 * CorruptEntryError (returned, not thrown) when there is one that cannot be used.
 */
export async function readStoredEntry(
  store: GuardedStore,
  key: string,
): Promise<StoredEntry | CorruptEntryError | undefined> {
  return storedEntry(await store.getRaw(key), key); // a store in this process answers at once (rowNow)
}

/**
 * As readStoredEntry, at once, from a store in this process (memory://); LATER for any other
 * store (or a row past its expiry), which readStoredEntry reads.
 */
export function storedEntryNow(
  store: GuardedStore,
  key: string,
): StoredEntry | CorruptEntryError | undefined | typeof LATER {
  const row = store.rowNow(key);
  return row === LATER ? LATER : storedEntry(row, key);
}

function storedEntry(
  stored: { value: unknown; expires?: number | null } | undefined,
  key: string,
): StoredEntry | CorruptEntryError | undefined {
  if (stored === undefined) return undefined;
  try {
    const read = readEntryWithHeader(stored.value, key);
    const header = read.header;
    if (header?.x !== undefined && header.x <= Date.now()) return undefined; // expired, its row kept for staleIfError
    return { bytes: read.bytes, value: read.value, expires: header?.x ?? stored.expires ?? null };
  } catch (error) {
    if (error instanceof CorruptEntryError) return error;
    throw error;
  }
}

/** Value formats are numbered in order; a newer keyproof's is a few above ours, never far. */
const NEWEST_PLAUSIBLE_FORMAT = VALUE_FORMAT + 8;

/**
 * Decode the stored entry of `key` into its value bytes, a fresh value and its header (tag
 * generations, expiry: entry-envelope.ts), or throw CorruptEntryError saying why it cannot be
 * used: not a Keyv record, not keyproof's text, a seal that does not verify (key-secret.ts),
 * garbage bytes, or a value format newer than this runtime (written by a newer keyproof). The
 * same text read again under the same key is not decoded again (recent-entries.ts).
 */
export function readEntryWithHeader(stored: unknown, key: string): ReadEntry {
  if (typeof stored !== 'string') return decodeEntry(stored, key);
  const again = recent.recall(key, stored);
  if (again !== undefined) return again;
  const read = decodeEntry(stored, key);
  recent.remember(key, stored, read);
  return read;
}

/** Entries read lately, so a hot one is not decoded again (recent-entries.ts). */
const recent = new RecentEntries();

/** Forget the entries read lately (`close()`, `clear()`: nothing decoded outlives them in this process). */
export function forgetReadEntries(): void {
  recent.clear();
}

function decodeEntry(stored: unknown, key: string): ReadEntry {
  if (stored instanceof UnreadableRecord) throw new CorruptEntryError(stored.reason);
  const { text, header } = unwrapEntry(stored);
  const bytes = unsealEntry(key, fromStoredText(text));
  const format = bytes[0];
  if (format !== undefined && format > NEWEST_PLAUSIBLE_FORMAT) {
    // formats are numbered 1, 2, 3…: a first byte far above ours is damage, not the future
    throw new CorruptEntryError(
      `entry is not keyproof's value encoding (its first byte is 0x${format.toString(16).padStart(2, '0')}, no value format ` +
        `this or a later keyproof writes; this runtime writes format ${VALUE_FORMAT}): another program wrote it, or it is damaged. ` +
        `It is treated as a miss and overwritten`,
    );
  }
  if (format !== undefined && format > VALUE_FORMAT && bytes.length >= 2) {
    throw new CorruptEntryError(
      `entry has value format ${format}, written by a newer keyproof; this runtime reads format ${VALUE_FORMAT}. ` +
        `It is treated as a miss here and overwritten in format ${VALUE_FORMAT}, so processes on two keyproof versions ` +
        `sharing one store keep replacing each other's entries. Fix: run one keyproof version against a store`,
    );
  }
  return { bytes, value: decodeValue(bytes), header };
}
