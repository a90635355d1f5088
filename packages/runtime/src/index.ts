export { memoize, type AsyncFunction, type MemoizeDecorator } from './memoize.js';
export type { MemoizeOptions, MemoizeMode } from './options.js';
export { cacheKey, notKey, type KeyAnnotation, type Normalizer } from './annotations.js';
export { normalize } from './normalize.js';
export type { PerCall } from './per-call.js';
export { keyForm } from './encode-key.js';
export { configure, type KeyproofConfig } from './config.js';
export { tag, type Tag, type TagPart, type TagFields, type TagsOption } from './tags.js';
export { invalidate, refresh, invalidateTag, invalidateMethod } from './invalidation.js';
export {
  stats,
  flush,
  close,
  prune,
  type StatsReport,
  type StoreStats,
  type StoreProblem,
  type ProcessMethodStats,
} from './stats.js';
export { events, type KeyproofEvents } from './events.js';
export type { PruneReport } from './store/prune.js';
export type { EntryRecord, MethodRecord, MethodCounters } from './records.js';
export type { KeyDiagnosis, StoredKeySketch } from './watch/diagnose-keys.js';
export {
  PLAN_FORMAT,
  planSignature,
  type KeyPlan,
  type KeyField,
  type ExcludedField,
  type KeyProjector,
  type PlanDescription,
} from './plan.js';
export type { Ttl } from './parse-ttl.js';
export {
  KeyproofError,
  MissingPlanError,
  InvalidPlanError,
  KeyEncodingError,
  UnstorableValueError,
  StoreConfigError,
  CorruptEntryError,
  StoreUnavailableError,
} from './errors.js';
// tools (CLI, benchmark): `keyproof/store`

import { installDebugLog } from './debug-log.js';
installDebugLog(); // KEYPROOF_DEBUG=1: a line per call on stderr (debug-log.ts)
