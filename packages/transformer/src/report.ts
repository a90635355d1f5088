import type * as ts from 'typescript';
import { Diagnostics } from './diagnostics';
import type { Finding } from './analyse/finding';
import type { KeyproofDiagnostic, KeyproofOptions, Severity, TypeScript } from './types';

/**
 * The one place where findings become diagnostics: plugin options applied (ignored codes
 * dropped, warnings promoted), span resolved, `KP` code attached.
 */
export function toKeyproofDiagnostic(ts: TypeScript, program: ts.Program, f: Finding, options: KeyproofOptions): KeyproofDiagnostic | undefined {
  const { code, severity: documented } = Diagnostics[f.kind];
  if (options.ignore?.includes(code)) return undefined;
  const promoted = options.warningsAsErrors === true || (Array.isArray(options.warningsAsErrors) && options.warningsAsErrors.includes(code));
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
  const line = sourceFile !== undefined && start !== undefined ? ts.getLineAndCharacterOfPosition(sourceFile, start).line + 1 : 0;
  return { code, severity, fileName, start, length, line, message: f.message };
}

/** A keyproof diagnostic as TypeScript reports it (`error TS91001: …`). */
export function toTsDiagnostic(ts: TypeScript, program: ts.Program, d: KeyproofDiagnostic): ts.Diagnostic {
  return {
    file: d.fileName !== undefined ? program.getSourceFile(d.fileName) : undefined,
    start: d.start,
    length: d.length,
    messageText: `[keyproof] ${d.message}`,
    category: d.severity === 'error' ? ts.DiagnosticCategory.Error : ts.DiagnosticCategory.Warning,
    code: d.code,
    source: 'keyproof',
  };
}
