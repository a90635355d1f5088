/**
 * The key plan and its signature, as the runtime reads them. The contract itself lives in
 * `@keyproof/plan`, shared with the transformer that writes plans; this module re-exports it
 * for the runtime's own files.
 */
export {
  PLAN_FORMAT,
  planSignature,
  type KeyPlan,
  type KeyField,
  type ExcludedField,
  type KeyProjector,
  type PlanDescription,
  type ResultShape,
  type PlaceProps,
  type ClassesGetter,
} from '@keyproof/plan';
