import { findUnstorable } from './check-storable.js';
import { encodeValue } from './codec.js';
import type { ResultClasses } from './result-classes.js';

/** Why a result was returned but not stored: what, why it matters for the cache, the fix. */
export interface StoreProblem {
  readonly reason: string;
  readonly why: string;
  readonly fix: string;
}

const ROUND_TRIP = 'A cached value must come back exactly as it went in, or a hit would serve corrupted data.';
const PLAIN_FIX = 'return plain data (objects, arrays, strings, numbers, Buffer/Uint8Array, Date, Map, Set, BigInt)';

/**
 * Value admission: the encoded bytes of a result that may be stored, or the problem that
 * keeps it out of the store (it cannot round-trip, cannot be serialised, or is too large).
 * `bytes` is set whenever the value could be encoded, so that joiners of the call still get
 * their own copies of an oversized result. With `classes` (the plan names classes in the
 * result), instances of them are admitted where the plan names them, and encoded with their marks.
 */
export function admitValue(
  value: unknown,
  maxValueBytes: number,
  classes?: ResultClasses,
): { bytes?: Buffer; problem?: StoreProblem } {
  let unstorable: ReturnType<typeof findUnstorable>;
  try {
    unstorable = findUnstorable(value, 'result', classes);
  } catch (error) {
    // the plan's classes() could not be resolved: the value is returned, never stored
    return {
      problem: {
        reason: (error as Error).message,
        why: ROUND_TRIP,
        fix: 'rebuild with the matching @keyproof/transformer',
      },
    };
  }
  if (unstorable) return { problem: { reason: unstorable.reason, why: ROUND_TRIP, fix: unstorable.fix || PLAIN_FIX } };
  let bytes: Buffer;
  try {
    bytes = encodeValue(value, classes?.marks(value));
  } catch (error) {
    return {
      problem: { reason: `it cannot be serialised (${(error as Error).message})`, why: ROUND_TRIP, fix: PLAIN_FIX },
    };
  }
  if (bytes.length <= maxValueBytes) return { bytes };
  return {
    bytes,
    problem: {
      reason: `its encoding is ${bytes.length} bytes, over maxValueBytes (${maxValueBytes})`,
      why: 'Very large entries slow every store read.',
      fix: 'raise maxValueBytes in configure() if entries this large are intended',
    },
  };
}
