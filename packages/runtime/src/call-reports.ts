import type { StoreProblem } from './admit-value.js';
import { CorruptEntryError, UnstorableValueError } from './errors.js';
import { events, warnOnce } from './events.js';
import { namespaced } from './store/store-keys.js';

/** A stored entry that could not be used: an event, an `error` event, one warning per method. */
export function reportCorrupt(id: string, key: string, error: CorruptEntryError): void {
  const err = new CorruptEntryError(
    `${id}: entry ${namespaced(key)} is unreadable and was treated as a miss: ${error.message}`,
    { cause: error },
  );
  events.emit('corrupt-entry', { id, key: namespaced(key), error: err });
  events.report(err);
  warnOnce('KEYPROOF_CORRUPT_ENTRY', id, `keyproof: ${err.message}`);
}

/**
 * A result that was returned but not stored: an event, an `error` event, and one warning per
 * method, or under `strict` the error thrown to the caller.
 */
export function reportUnstorable(
  id: string,
  source: string,
  key: string,
  problem: StoreProblem,
  strict: boolean,
): void {
  const message = `${id} (${source}): the result was returned but not cached: ${problem.reason}. ${problem.why} Fix: ${problem.fix}.`;
  events.emit('unstorable', { id, key: namespaced(key), reason: problem.reason });
  const error = new UnstorableValueError(message);
  events.report(error);
  if (strict) throw error;
  warnOnce('KEYPROOF_UNSTORABLE_VALUE', id, `keyproof: ${message}`);
}
