/**
 * Hand-written key plans for the runtime's unit tests: the one place tests build plans
 * without the transformer. Cross-package tests in test/ use real `tspc` builds instead.
 */
import { PLAN_FORMAT, planSignature, type KeyField, type KeyPlan } from '@keyproof/plan';

export interface HandField {
  readonly name: string;
  readonly index: number;
  readonly pick?: string[];
  readonly omit?: string[];
  readonly normalize?: (value: never) => unknown;
}

/** Key on the named parameters (by index), like the transformer's projector would. */
export function handPlan(
  id: string,
  fields: readonly HandField[],
  excluded: Array<{ name: string; index: number; reason: string }> = [],
): KeyPlan {
  const keyFields: KeyField[] = fields.map(({ name, index, pick, omit, normalize }) => ({
    name,
    index,
    ...(pick ? { pick } : {}),
    ...(omit ? { omit } : {}),
    ...(normalize ? { normalize: normalize.name || 'normalizer' } : {}),
  }));
  return {
    format: PLAN_FORMAT,
    id,
    source: `hand-plan.ts:${id}`,
    fields: keyFields,
    excluded,
    signature: planSignature(keyFields),
    project: function (this: unknown, ...args: never[]) {
      return fields.map((f) => {
        const v = f.index < 0 ? (this as Record<string, unknown>)[f.name.replace(/^this\./, '')] : args[f.index];
        return f.normalize ? f.normalize(v as never) : v;
      });
    },
  };
}

/** Shorthand: key on parameters 0..n-1 by name. */
export function planOn(id: string, ...names: string[]): KeyPlan {
  return handPlan(
    id,
    names.map((name, index) => ({ name, index })),
  );
}
