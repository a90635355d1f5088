import { VALUE_FORMAT, decodeValue, fromStoredText } from '../codec.js';
import { CorruptEntryError } from '../errors.js';
import type { GuardedStore } from './guarded-store.js';
import { UnreadableRecord } from './unreadable-record.js';
import { unsealEntry } from '../key-secret.js';

/** An entry read from the store: its encoded bytes, a fresh decoded value, its expiry. */
export interface StoredEntry {
  readonly bytes: Buffer;
  readonly value: unknown;
  /** Milliseconds since the epoch, or null for never. */
  readonly expires: number | null;
}

/**
 * The entry under `key`: undefined when there is none (or the store did not answer), a
 * CorruptEntryError (returned, not thrown) when there is one that cannot be used.
 */
export async function readStoredEntry(store: GuardedStore, key: string): Promise<StoredEntry | CorruptEntryError | undefined> {
  const stored = await store.getRaw(key);
  if (stored === undefined) return undefined;
  try {
    return { ...readEntry(stored.value, key), expires: stored.expires ?? null };
  } catch (error) {
    if (error instanceof CorruptEntryError) return error;
    throw error;
  }
}

/**
 * Decode the stored entry of `key` into its value bytes and a fresh value, or throw
 * CorruptEntryError saying why it cannot be used: not a Keyv record, not keyproof's text, a
 * seal that does not verify (key-secret.ts), garbage bytes, or a value format newer than this
 * runtime (written by a newer keyproof sharing the store).
 */
/** Value formats are numbered in order; a newer keyproof's is a few above ours, never far. */
const NEWEST_PLAUSIBLE_FORMAT = VALUE_FORMAT + 8;

export function readEntry(stored: unknown, key: string): { bytes: Buffer; value: unknown } {
  if (stored instanceof UnreadableRecord) throw new CorruptEntryError(stored.reason);
  const bytes = unsealEntry(key, fromStoredText(stored));
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
  return { bytes, value: decodeValue(bytes) };
}
