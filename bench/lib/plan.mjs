/**
 * Hand-built key plans, the shape `@keyproof/transformer` emits, so the runtime benchmarks do
 * not need a tspc build: a projector over the parameter list and a matching signature.
 */
import { PLAN_FORMAT, planSignature } from 'keyproof';

/** Key on the parameters at `indexes` (named `names`), in order. */
export function planFor(id, names, indexes = names.map((_, i) => i)) {
  const fields = names.map((name, i) => ({ name, index: indexes[i] }));
  const project = new Function(
    ...Array.from({ length: Math.max(...indexes) + 1 }, (_, i) => `a${i}`),
    `return [${indexes.map((i) => `a${i}`).join(', ')}];`,
  );
  return {
    format: PLAN_FORMAT,
    id,
    source: `bench:${id}`,
    fields,
    excluded: [],
    signature: planSignature(fields),
    project,
  };
}
