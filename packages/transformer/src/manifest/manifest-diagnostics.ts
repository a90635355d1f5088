import type * as ts from 'typescript';
import type { KeyproofDiagnostic, Severity, TypeScript } from '../types';
import type { Difference } from './compare-manifests';
import { describeDifference, type CostContext } from './describe-difference';
import type { MethodSite } from './manifest-types';

/**
 * Codes of the keys review (`keyproof check --frozen`, the plugin's `manifest` option). They
 * extend the transformer's table in diagnostics.ts; codes are never reused.
 */
export const ManifestDiagnostics = {
  KeyChanged: { code: 91070, title: "a method's key changed since keyproof.keys.json was written: existing entries are orphaned" },
  BodyChanged: { code: 91071, title: 'a body changed but its version did not: cached answers of the old body will be served' },
  VersionChanged: { code: 91072, title: "a method's version changed since keyproof.keys.json was written" },
  MethodAdded: { code: 91073, title: 'a memoised method is not in keyproof.keys.json' },
  MethodRemoved: { code: 91074, title: 'keyproof.keys.json lists a method the program no longer has' },
  DescriptionChanged: { code: 91075, title: 'a recorded fact that touches no entry changed (file, exclusion reason)' },
  ManifestUnreadable: { code: 91076, title: 'keyproof.keys.json is missing or unreadable' },
} as const;

const CODE_OF: Record<Difference['kind'], number> = {
  key: ManifestDiagnostics.KeyChanged.code,
  body: ManifestDiagnostics.BodyChanged.code,
  version: ManifestDiagnostics.VersionChanged.code,
  added: ManifestDiagnostics.MethodAdded.code,
  removed: ManifestDiagnostics.MethodRemoved.code,
  description: ManifestDiagnostics.DescriptionChanged.code,
};

/**
 * Differences that deserve a warning when the manifest is being rewritten: a key change
 * (orphaned entries), a body change nobody decided on (stale answers), a removed method
 * (dead entries). A version bump, a new method or a moved file is recorded without one.
 */
export function isWarning(d: Difference): boolean {
  return d.kind === 'key' || d.kind === 'removed' || (d.kind === 'body' && d.accepted === undefined);
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
  return { code: ManifestDiagnostics.ManifestUnreadable.code, severity: frozen ? 'error' : 'warning', fileName: undefined, start: undefined, length: undefined, line: 0, message };
}

/** Underline `memoize` (the identifier at the site), not the whole options object. */
function memoizeLength(text: string, start: number): number {
  const match = /^[\w$.]+/.exec(text.slice(start, start + 200));
  return match !== null ? match[0].length : 1;
}
