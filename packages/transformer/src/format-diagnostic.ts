import * as path from 'node:path';
import type { KeyproofDiagnostic } from './types';
import type { ReportedDiagnostic } from './run-analysis';

/**
 * One diagnostic as every keyproof front end prints it (tsc's layout without --pretty):
 * `src/logo.ts:12:5 - error KP91010: message`, the path relative to `cwd`; a program-wide
 * diagnostic (the keys manifest, no type information) is `error KP91076: message`.
 */
export function formatDiagnostic(d: ReportedDiagnostic, cwd = process.cwd()): string {
  const head = `${d.severity} KP${d.code}: ${d.message}`;
  if (d.fileName === undefined) return head;
  const file = path.relative(cwd, d.fileName) || d.fileName;
  return `${file}:${Math.max(d.line, 1)}:${Math.max(d.column, 1)} - ${head}`;
}

/** Why a host refuses a file: `keyproof found 2 error(s) in src/a.ts:` and one formatted line each. */
export function formatFailure(errors: readonly ReportedDiagnostic[], fileName?: string, cwd = process.cwd()): string {
  const where = fileName !== undefined ? ` in ${path.relative(cwd, fileName) || fileName}` : '';
  return `keyproof found ${errors.length} error(s)${where}:\n${errors.map((d) => formatDiagnostic(d, cwd)).join('\n')}`;
}

/** tsc's closing line: `Found 2 errors in 1 file.` (warnings counted apart). */
export function summaryLine(diagnostics: readonly KeyproofDiagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const files = new Set(diagnostics.map((d) => d.fileName ?? '')).size;
  const parts = [plural(errors, 'error'), ...(warnings > 0 ? [plural(warnings, 'warning')] : [])];
  return `Found ${parts.join(' and ')} in ${plural(files, 'file')}.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
