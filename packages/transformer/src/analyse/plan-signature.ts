import { createHash } from 'node:crypto';
import type { PlannedField } from '../types';

/**
 * The plan signature, computed exactly as the runtime's `planSignature` (packages/runtime/src/
 * plan-signature.ts): 16 hex of SHA-256 over the plan format and the fields in order. The
 * runtime recomputes it and refuses a plan whose signature differs.
 */
export function planSignature(fields: readonly PlannedField[]): string {
  const canonical = JSON.stringify({
    format: 1,
    fields: fields.map((f) => [f.name, f.index, f.pick ?? null, f.omit ?? null, f.normalize ?? null]),
  });
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}
