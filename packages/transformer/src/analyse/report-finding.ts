import type * as ts from 'typescript';
import { Diagnostics } from '../diagnostics';
import type { KeyproofDiagnostic, KeyproofOptions, Severity, TypeScript } from '../types';
import type { Finding } from './finding';

/**
 * The one place where findings become diagnostics: plugin options applied (ignored codes
 * dropped, warnings promoted), span resolved, `KP` code attached.
 */
export function toKeyproofDiagnostic(
  ts: TypeScript,
  program: ts.Program,
  f: Finding,
  options: KeyproofOptions,
): KeyproofDiagnostic | undefined {
  const { code, severity: documented } = Diagnostics[f.kind];
  if (options.ignore?.includes(code)) return undefined;
  const promoted =
    options.warningsAsErrors === true ||
    (Array.isArray(options.warningsAsErrors) && options.warningsAsErrors.includes(code));
  const severity: Severity = documented === 'warning' && promoted ? 'error' : documented;
  let fileName: string | undefined;
  let start: number | undefined;
  let length: number | undefined;
  if (f.span !== undefined) ({ fileName, start, length } = f.span);
  else if (f.node !== undefined) {
    const sourceFile = f.node.getSourceFile();
    fileName = sourceFile.fileName;
    start = f.node.getStart(sourceFile);
    length = f.node.getEnd() - start;
  }
  const sourceFile = fileName !== undefined ? program.getSourceFile(fileName) : undefined;
  const line =
    sourceFile !== undefined && start !== undefined ? ts.getLineAndCharacterOfPosition(sourceFile, start).line + 1 : 0;
  return { code, severity, fileName, start, length, line, message: f.message };
}
