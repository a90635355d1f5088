/**
 * @keyproof/plan: the key plan contract between `@keyproof/transformer` (which writes plans
 * into the build) and `keyproof` (which reads them). The one definition of the plan's shape
 * and of its signature; both packages import it from here.
 */
export {
  PLAN_FORMAT,
  type KeyPlan,
  type KeyField,
  type ExcludedField,
  type Acknowledged,
  type KeyProjector,
  type PlanDescription,
} from './key-plan';
export { planSignature } from './plan-signature';
export type { ResultShape, ResultPlace, PlaceProps, ClassesGetter } from './result-shape';
export { VALUE_KINDS, kindOfType, TYPE_NAMES, type ValueKind, type ValueKindName } from './value-table';
