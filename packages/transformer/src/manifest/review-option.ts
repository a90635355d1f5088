import { isAbsolute, join } from 'node:path';
import type * as ts from 'typescript';
import type { AnalysisResult, KeyproofDiagnostic, KeyproofOptions, TypeScript } from '../types';
import { projectDir } from './build-manifest';
import { checkAgainstManifest, manifestDiagnostic, type ManifestCheckOptions } from './check-against-manifest';
import type { ManifestSetting } from './manifest-option';
import { reviewKeys } from './review-keys';
import { serialiseManifest } from './serialise-manifest';

/** What the keys review (the `manifest` option) concluded: plain data, no file touched. */
export interface KeysReview {
  /** The manifest's absolute path. */
  readonly path: string;
  /** Its name as the option spells it (for messages). */
  readonly name: string;
  readonly frozen: boolean;
  /** False when the program has no type information: the file was neither checked nor written. */
  readonly checked: boolean;
  /** Memoised methods the program's manifest records. */
  readonly methods: number;
  /** The review's own diagnostics (also in the analysis' list): errors when frozen, else warnings. */
  readonly diagnostics: readonly KeyproofDiagnostic[];
  /** The new text of the file when it is not frozen and its bytes change; a building host writes it (`saveKeys`). */
  readonly write: string | undefined;
}

/**
 * The `manifest` option's review, pure: the program against the recorded text (read by the
 * caller's `readFile`, so an editor can pass an unsaved buffer). Frozen: every difference is an
 * error and nothing is to be written. Otherwise: differences that matter are warnings and the
 * next text is returned for the host to write, an unaccepted body change left unrecorded.
 */
export function reviewManifestOption(
  ts: TypeScript,
  program: ts.Program,
  result: AnalysisResult,
  setting: ManifestSetting,
  readFile: (path: string) => string | undefined,
  options: KeyproofOptions,
  entriesOf?: ManifestCheckOptions['entriesOf'],
): KeysReview {
  const path = isAbsolute(setting.path) ? setting.path : join(projectDir(program), setting.path);
  const base = { path, name: setting.path, frozen: setting.frozen };
  if (!result.typeInformation) {
    const message = `${setting.path} was not ${setting.frozen ? 'checked' : 'written'}: this host gives no type information, so the code a memoised body calls cannot be followed. Run \`keyproof keys\` or \`keyproof check --frozen\` instead.`;
    return { ...base, checked: false, methods: 0, diagnostics: [manifestDiagnostic(message, false)], write: undefined };
  }
  const recordedText = readFile(path);
  const check = checkAgainstManifest(ts, program, result, recordedText, {
    manifestName: setting.path,
    frozen: setting.frozen,
    ...(entriesOf !== undefined ? { entriesOf } : {}),
  });
  let write: string | undefined;
  if (!setting.frozen && (recordedText === undefined || check.recorded !== undefined)) {
    const text = serialiseManifest(reviewKeys(check.built.manifest, check.recorded).next);
    if (text !== recordedText) write = text;
  }
  return {
    ...base,
    checked: true,
    methods: Object.keys(check.built.manifest.methods).length,
    diagnostics: adjust(check.diagnostics, options),
    write,
  };
}

/** The plugin's `ignore` and `warningsAsErrors`, applied to the review's diagnostics as the analyser applies them to its own. */
function adjust(diagnostics: readonly KeyproofDiagnostic[], options: KeyproofOptions): KeyproofDiagnostic[] {
  const { ignore = [], warningsAsErrors } = options;
  const promoted = (code: number): boolean =>
    warningsAsErrors === true || (Array.isArray(warningsAsErrors) && warningsAsErrors.includes(code));
  return diagnostics
    .filter((d) => !ignore.includes(d.code))
    .map((d) => (d.severity === 'warning' && promoted(d.code) ? { ...d, severity: 'error' as const } : d));
}
