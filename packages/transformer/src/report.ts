import type * as ts from 'typescript';
import type { KeyproofDiagnostic, TypeScript } from './types';

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
