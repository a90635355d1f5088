import type * as ts from 'typescript';
import type { DiagnosticKind } from '../diagnostics';

/** What a rule found, before it becomes a diagnostic (see `report-finding.ts`). */
export interface Finding {
  readonly kind: DiagnosticKind;
  /** The node the diagnostic points at; undefined for program-wide findings. */
  readonly node: ts.Node | undefined;
  /** Exact span when it is not a whole node (a JSDoc tag read from comment text). */
  readonly span?: { readonly fileName: string; readonly start: number; readonly length: number };
  readonly message: string;
}

export function finding(kind: DiagnosticKind, node: ts.Node | undefined, message: string): Finding {
  return { kind, node, message };
}
