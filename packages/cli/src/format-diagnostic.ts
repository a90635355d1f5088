import { relative } from 'node:path';
import type * as TS from 'typescript';
import type { KeyproofDiagnostic } from '@keyproof/transformer';

/**
 * One diagnostic the way tsc prints it without --pretty:
 * `src/logo.ts:12:5 - error KP91010: message`. Paths are relative to the working directory.
 */
export function formatDiagnostic(d: KeyproofDiagnostic, program: TS.Program, cwd = process.cwd()): string {
  const head = `${d.severity} KP${d.code}: ${d.message}`;
  if (!d.fileName) return head;
  const file = relative(cwd, d.fileName) || d.fileName;
  const source = program.getSourceFile(d.fileName);
  if (!source || d.start === undefined) return `${file}:${Math.max(d.line, 1)}:1 - ${head}`;
  const { line, character } = source.getLineAndCharacterOfPosition(d.start);
  return `${file}:${line + 1}:${character + 1} - ${head}`;
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
