/**
 * @keyproof/transformer's public API. Its default export is the ts-patch plugin:
 *
 *   tsconfig.json: { "compilerOptions": { "plugins": [{ "transform": "@keyproof/transformer" }] } }
 *   build:         tspc -p .
 *
 * Every other front end (the host plugins under `./vite`, `./esbuild`, `./register`, `./nest`,
 * `./ts-jest`, `./ts-loader`; `keyproof-plan`; `@keyproof/cli`; an editor) calls `runAnalysis`
 * and prints with `formatDiagnostic`. Nothing else is exported: the rest is internal.
 */
import keyproofTransformer from './transformer';

export default keyproofTransformer;
export { keyproofTransformer };
export type { TransformerExtras } from './transformer';

// the one analysis and its one formatter
export {
  runAnalysis,
  hasErrors,
  locateDiagnostic,
  type Analysis,
  type ReportedDiagnostic,
  type RunAnalysisOptions,
} from './run-analysis';
export { formatDiagnostic, formatFailure, summaryLine } from './format-diagnostic';
export { saveKeys } from './save-keys';
export { loadTypeScript } from './hosts/load-typescript';
export { pluginEntry } from './plugin-entry';
export { Diagnostics, type DiagnosticKind } from './diagnostics';
export { planSignature } from '@keyproof/plan';
export type {
  KeyproofDiagnostic,
  KeyproofOptions,
  PlannedMemo,
  PlanSite,
  Severity,
  TypeScript,
  KeyField,
  ExcludedField,
  PlanDescription,
} from './types';

// the keys manifest (`keyproof keys`): building, comparing, reviewing, reading and writing it
export {
  buildManifest,
  compareManifests,
  describeDifference,
  differenceDiagnostics,
  isWarning,
  ManifestError,
  parseManifest,
  readManifestOption,
  reconcile,
  reviewKeys,
  serialiseManifest,
} from './manifest';
export { MANIFEST_FILE } from './manifest';
export type {
  AcceptRequest,
  BuiltManifest,
  Difference,
  KeysReview,
  Manifest,
  ManifestOption,
  MethodEntry,
  Review,
} from './manifest';
export { planIdentity } from './manifest';
