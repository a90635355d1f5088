import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type * as ts from 'typescript';
import type { AnalysisResult, KeyproofDiagnostic, KeyproofOptions, TypeScript } from '../types';
import { projectDir } from './build-manifest';
import { checkAgainstManifest } from './check-against-manifest';
import { manifestDiagnostic } from './check-against-manifest';
import { readManifestOption } from './manifest-option';
import { reviewKeys } from './review-keys';
import { serialiseManifest } from './serialise-manifest';

/**
 * The plugin's `manifest` option (the file I/O around the pure check). Frozen: compare and
 * report errors, never write. Otherwise: report differences as warnings and write the file
 * (only when its bytes change), keeping an unaccepted body change unrecorded.
 */
export function applyManifestOption(ts: TypeScript, program: ts.Program, result: AnalysisResult, raw: unknown, options: KeyproofOptions = {}): KeyproofDiagnostic[] {
  const setting = readManifestOption(raw);
  if (setting === undefined) return [];
  const path = isAbsolute(setting.path) ? setting.path : join(projectDir(program), setting.path);
  if (!result.typeInformation) {
    return [manifestDiagnostic(`${setting.path} was not ${setting.frozen ? 'checked' : 'written'}: this host gives no type information, so the code a memoised body calls cannot be followed. Run \`keyproof keys\` or \`keyproof check --frozen\` instead.`, false)];
  }
  const recordedText = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const check = checkAgainstManifest(ts, program, result, recordedText, { manifestName: setting.path, frozen: setting.frozen });
  const diagnostics = check.diagnostics;
  if (!setting.frozen && (recordedText === undefined || check.recorded !== undefined)) {
    const review = reviewKeys(check.built.manifest, check.recorded);
    const text = serialiseManifest(review.next);
    if (text !== recordedText) writeFileSync(path, text);
  }
  const { ignore = [], warningsAsErrors } = options;
  const promoted = (code: number): boolean => warningsAsErrors === true || (Array.isArray(warningsAsErrors) && warningsAsErrors.includes(code));
  return diagnostics.filter((d) => !ignore.includes(d.code)).map((d) => (d.severity === 'warning' && promoted(d.code) ? { ...d, severity: 'error' as const } : d));
}
