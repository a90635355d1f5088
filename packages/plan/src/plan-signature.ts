import { createHash } from 'node:crypto';
import { PLAN_FORMAT, type KeyField } from './key-plan';

/**
 * The signature of a plan's meaning: 16 hex characters of SHA-256 over the plan format and
 * its fields in order. The transformer computes it at build time and the runtime recomputes it
 * when a plan is loaded (and for a plan it builds itself), refusing a plan whose signature
 * does not match: both call this one function.
 */
export function planSignature(fields: readonly KeyField[]): string {
  const canonical = JSON.stringify({
    format: PLAN_FORMAT,
    fields: fields.map((f) => [f.name, f.index, f.pick ?? null, f.omit ?? null, f.normalize ?? null]),
  });
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}
