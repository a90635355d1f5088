import { VALUE_FORMAT, decodeValue, fromStoredText } from '../codec.js';
import { CorruptEntryError } from '../errors.js';
import { UnreadableRecord } from './unreadable-record.js';

/**
 * Decode a stored entry into its bytes and a fresh value, or throw CorruptEntryError saying
 * why it cannot be used: not a Keyv record, not keyproof's text, garbage bytes, or a value
 * format newer than this runtime (written by a newer keyproof sharing the store).
 */
export function readEntry(stored: unknown): { bytes: Buffer; value: unknown } {
  if (stored instanceof UnreadableRecord) throw new CorruptEntryError(stored.reason);
  const bytes = fromStoredText(stored);
  const format = bytes[0];
  if (format !== undefined && format > VALUE_FORMAT && bytes.length >= 2) {
    throw new CorruptEntryError(
      `entry has value format ${format}, written by a newer keyproof; this runtime reads format ${VALUE_FORMAT}. ` +
        `It is treated as a miss here and overwritten in format ${VALUE_FORMAT}, so processes on two keyproof versions ` +
        `sharing one store keep replacing each other's entries. Fix: run one keyproof version against a store`,
    );
  }
  return { bytes, value: decodeValue(bytes) };
}
