/**
 * Keys reviewed like a lockfile: `keyproof.keys.json` records, per memoised method, its id,
 * version, key fields, exclusions, plan signature and a fingerprint of the code that can change
 * its answers without changing its key. Building and comparing are pure; the plugin option and
 * the CLI do the file I/O.
 */
export { buildManifest } from './build-manifest';
export { compareManifests, type Difference } from './compare-manifests';
export { describeDifference } from './describe-difference';
export { differenceDiagnostics, isWarning } from './check-against-manifest';
export { readManifestOption, type ManifestOption } from './manifest-option';
export { reconcile, reviewKeys, type AcceptRequest, type Review } from './review-keys';
export { ManifestError, parseManifest, serialiseManifest } from './serialise-manifest';
export type { KeysReview } from './review-option';
export * from './manifest-types';
