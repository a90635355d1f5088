import type * as ts from 'typescript';
import type { KeyproofDiagnostic, TypeScript } from '../types';
import { buildManifest, type PlansLike } from './build-manifest';
import { compareManifests, type Difference } from './compare-manifests';
import { differenceDiagnostics, manifestDiagnostic } from './manifest-diagnostics';
import type { BuiltManifest, Manifest } from './manifest-types';
import { reconcile } from './review-keys';
import { ManifestError, parseManifest } from './serialise-manifest';

export interface ManifestCheckOptions {
  /** The manifest's name in messages (`keyproof.keys.json`). */
  readonly manifestName: string;
  readonly frozen: boolean;
  readonly entriesOf?: (id: string, version: string) => number | undefined;
}

export interface ManifestCheck {
  readonly diagnostics: readonly KeyproofDiagnostic[];
  readonly built: BuiltManifest;
  readonly recorded: Manifest | undefined;
  readonly differences: readonly Difference[];
}

/**
 * The frozen check, shared by the plugin and `keyproof check --frozen` so that both give the
 * same verdicts: the program's manifest against the recorded text (undefined: no file).
 * Pure: the caller reads the file.
 */
export function checkAgainstManifest(ts: TypeScript, program: ts.Program, result: PlansLike, recordedText: string | undefined, options: ManifestCheckOptions): ManifestCheck {
  const built = buildManifest(ts, program, result);
  const { manifestName, frozen } = options;
  if (recordedText === undefined) {
    const diagnostics = frozen
      ? [manifestDiagnostic(`${manifestName} not found, so the keys of ${Object.keys(built.manifest.methods).length} memoised method(s) cannot be reviewed. Fix: run \`keyproof keys\` and commit ${manifestName}.`, true)]
      : [];
    return { diagnostics, built, recorded: undefined, differences: [] };
  }
  let recorded: Manifest;
  try {
    recorded = parseManifest(recordedText, manifestName);
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    return { diagnostics: [manifestDiagnostic(error.message, frozen)], built, recorded: undefined, differences: [] };
  }
  const differences = compareManifests(recorded, reconcile(built.manifest, recorded));
  const diagnostics = differenceDiagnostics(ts, program, differences, built.sites, frozen, { manifestName, ...(options.entriesOf !== undefined ? { entriesOf: options.entriesOf } : {}) });
  return { diagnostics, built, recorded, differences };
}
