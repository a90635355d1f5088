/**
 * `keyproof/store`: what tools need beside the runtime (the `keyproof` CLI, the benchmark,
 * scripts that inspect a cache): opening a store by URL, reading and clearing keyproof's
 * records in it, the key layout and the formats. Applications use `keyproof` itself.
 */
export { openStoreUrl, defaultStoreUrl, sqlitePath } from './store/adapters.js';
export { readStore, clearStore, type StoreStats, type StoreProblem } from './stats.js';
export { pruneStore, type PruneReport, type StoreBound } from './store/prune.js';
export { boundFor } from './store/housekeeping.js';
export { NAMESPACE, META_PREFIX, METHOD_PREFIX, LEASE_PREFIX, entryKey, splitEntryKey } from './store/store-keys.js';
export { KEY_FORMAT, keyDigest } from './derive-key.js';
export { tag, tagId, type Tag } from './tags.js';
export { tagGenerationRow } from './store/tag-generation.js';
export { VALUE_FORMAT } from './codec.js';
export { redact, printable, terminalSafe } from './printable.js';
export type { EntryRecord, MethodRecord, MethodCounters, MethodInfo } from './records.js';
export type { KeyDiagnosis, StoredKeySketch, RecentMiss } from './watch/diagnose-keys.js';
