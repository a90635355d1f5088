import { InvalidPlanError } from './errors.js';
import { warnOnce } from './events.js';
import { PLAN_FORMAT, planSignature, type KeyPlan } from './plan.js';

/** Is this argument a key plan emitted by the transformer? */
export function isPlan(value: unknown): value is KeyPlan {
  return typeof value === 'object' && value !== null && 'format' in value && 'project' in value && 'signature' in value;
}

/** Refuse a plan this runtime cannot honour, at class definition time. */
export function validatePlan(plan: KeyPlan, what: string): KeyPlan {
  if (plan.format !== PLAN_FORMAT)
    throw new InvalidPlanError(what, `plan format ${String(plan.format)}, expected ${PLAN_FORMAT}`);
  if (typeof plan.project !== 'function') throw new InvalidPlanError(what, 'the plan has no projector function');
  if (!Array.isArray(plan.fields)) throw new InvalidPlanError(what, 'the plan has no field list');
  if (
    (plan.result === undefined) !== (plan.classes === undefined) ||
    (plan.classes !== undefined && typeof plan.classes !== 'function')
  ) {
    throw new InvalidPlanError(what, 'the plan names result classes without a classes() getter, or the reverse');
  }
  const expected = planSignature(plan.fields, plan.result);
  if (plan.signature !== expected) {
    throw new InvalidPlanError(what, `signature ${plan.signature} does not match its fields (expected ${expected})`);
  }
  return plan;
}

/** The opt-out: no plan, key on the whole argument list. Warns once per method. */
export function allArgumentsPlan(id: string): KeyPlan {
  warnOnce(
    'KEYPROOF_UNPLANNED',
    id,
    `keyproof: ${id} runs without a key plan and keys on every argument ({ unplanned: 'all-arguments' }). ` +
      `A per-call argument (a job ID, a timestamp) will make every call miss. ` +
      `Build with tspc and @keyproof/transformer to get a checked plan.`,
  );
  const fields = [{ name: '...arguments', index: 0 }];
  return {
    format: PLAN_FORMAT,
    id,
    source: 'unplanned',
    fields,
    excluded: [],
    signature: planSignature(fields),
    project: (...args: never[]) => [args],
  };
}
