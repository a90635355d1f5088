import type * as ts from 'typescript';
import { Diagnostics } from '../diagnostics';
import type { KeyproofDiagnostic, Severity, TypeScript } from '../types';
import { buildManifest, type PlansLike } from './build-manifest';
import { compareManifests, type Difference } from './compare-manifests';
import { describeDifference, type CostContext } from './describe-difference';
import type { BuiltManifest, Manifest, MethodSite } from './manifest-types';
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
 * The keys review's rules (codes 91070–91077 in diagnostics.ts): the program against
 * keyproof.keys.json. The frozen check, shared by the plugin and `keyproof check --frozen` so that both give the
 * same verdicts: the program's manifest against the recorded text (undefined: no file).
 * Pure: the caller reads the file.
 */
export function checkAgainstManifest(
  ts: TypeScript,
  program: ts.Program,
  result: PlansLike,
  recordedText: string | undefined,
  options: ManifestCheckOptions,
): ManifestCheck {
  const built = buildManifest(ts, program, result);
  const { manifestName, frozen } = options;
  if (recordedText === undefined) {
    const diagnostics = frozen
      ? [
          manifestDiagnostic(
            `${manifestName} not found, so the keys of ${Object.keys(built.manifest.methods).length} memoised method(s) cannot be reviewed. Fix: run \`keyproof keys\` and commit ${manifestName}.`,
            true,
          ),
        ]
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
  const diagnostics = differenceDiagnostics(ts, program, differences, built.sites, frozen, {
    manifestName,
    ...(options.entriesOf !== undefined ? { entriesOf: options.entriesOf } : {}),
  });
  return { diagnostics, built, recorded, differences };
}

const CODE_OF: Record<Difference['kind'], number> = {
  key: Diagnostics.KeyChanged.code,
  body: Diagnostics.BodyChanged.code,
  version: Diagnostics.VersionChanged.code,
  added: Diagnostics.MethodAdded.code,
  removed: Diagnostics.MethodRemoved.code,
  description: Diagnostics.DescriptionChanged.code,
  tags: Diagnostics.TagsChanged.code,
};

/**
 * Differences that deserve a warning when the manifest is being rewritten: a key change
 * (orphaned entries), a body change nobody decided on (stale answers), a removed method
 * (dead entries), a tag change (entries stored before miss the new tags). A version bump, a new
 * method or a moved file is recorded without one.
 */
export function isWarning(d: Difference): boolean {
  return (
    d.kind === 'key' || d.kind === 'removed' || d.kind === 'tags' || (d.kind === 'body' && d.accepted === undefined)
  );
}

/**
 * The differences as keyproof diagnostics, placed at each method's `@memoize` (a removed
 * method has no place left in the program). Frozen: every unaccepted difference is an error
 * (the manifest must say what the program does); otherwise only those `isWarning` picks, as
 * warnings.
 */
export function differenceDiagnostics(
  ts: TypeScript,
  program: ts.Program,
  differences: readonly Difference[],
  sites: ReadonlyMap<string, MethodSite>,
  frozen: boolean,
  ctx: Omit<CostContext, 'ttlOf'>,
): KeyproofDiagnostic[] {
  const cost: CostContext = { ...ctx, ttlOf: (id) => sites.get(id)?.ttl };
  return differences
    .filter((d) => (frozen ? !(d.kind === 'body' && d.accepted !== undefined) : isWarning(d)))
    .map((d) => {
      const site = sites.get(d.id);
      const sourceFile = site !== undefined ? program.getSourceFile(site.fileName) : undefined;
      const severity: Severity = frozen ? 'error' : 'warning';
      return {
        code: CODE_OF[d.kind],
        severity,
        fileName: sourceFile !== undefined ? site!.fileName : undefined,
        start: sourceFile !== undefined ? site!.start : undefined,
        length: sourceFile !== undefined ? memoizeLength(sourceFile.text, site!.start) : undefined,
        line: sourceFile !== undefined ? ts.getLineAndCharacterOfPosition(sourceFile, site!.start).line + 1 : 0,
        message: describeDifference(d, cost),
      };
    });
}

/** A diagnostic about the manifest file itself. */
export function manifestDiagnostic(message: string, frozen: boolean): KeyproofDiagnostic {
  return {
    code: Diagnostics.ManifestUnreadable.code,
    severity: frozen ? 'error' : 'warning',
    fileName: undefined,
    start: undefined,
    length: undefined,
    line: 0,
    message,
  };
}

/** Underline `memoize` (the identifier at the site), not the whole options object. */
function memoizeLength(text: string, start: number): number {
  const match = /^[\w$.]+/.exec(text.slice(start, start + 200));
  return match !== null ? match[0].length : 1;
}
