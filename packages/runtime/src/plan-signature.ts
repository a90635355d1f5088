import { createHash } from 'node:crypto';
import type { KeyField } from './plan.js';
import { PLAN_FORMAT } from './plan.js';

/**
 * The signature of a plan's meaning: 16 hex characters of SHA-256 over the plan format and
 * its fields in order. The transformer computes the same value at build time (the two
 * implementations are checked against each other by the cross-package tests); the runtime
 * recomputes it when a plan is loaded and refuses a plan whose signature does not match.
 */
export function planSignature(fields: readonly KeyField[]): string {
  const canonical = JSON.stringify({
    format: PLAN_FORMAT,
    fields: fields.map((f) => [f.name, f.index, f.pick ?? null, f.omit ?? null, f.normalize ?? null]),
  });
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}
