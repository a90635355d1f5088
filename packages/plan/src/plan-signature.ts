import { createHash } from 'node:crypto';
import { PLAN_FORMAT, type KeyField } from './key-plan';
import type { ResultShape } from './result-shape';

/**
 * The signature of a plan's meaning: 16 hex characters of SHA-256 over the plan format and
 * its fields in order. The transformer computes it at build time and the runtime recomputes it
 * when a plan is loaded (and for a plan it builds itself), refusing a plan whose signature
 * does not match: both call this one function.
 *
 * A result shape (classes revived on a hit) is signed only when there is one, so plans without
 * classes keep their signatures; a changed class list never reads entries written for another.
 */
export function planSignature(fields: readonly KeyField[], result?: ResultShape): string {
  const canonical = JSON.stringify({
    format: PLAN_FORMAT,
    fields: fields.map((f) => [f.name, f.index, f.pick ?? null, f.omit ?? null, f.normalize ?? null]),
    ...(result !== undefined ? { result: [result.classes, result.places] } : {}),
  });
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}
