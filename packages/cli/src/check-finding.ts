import { relative } from 'node:path';
import type { ReportedDiagnostic } from '@keyproof/transformer';

/** One diagnostic of `keyproof check` as the machine formats carry it (json, sarif, github). */
export interface CheckFinding {
  /** `KP91010`. */
  readonly code: string;
  readonly severity: ReportedDiagnostic['severity'];
  readonly message: string;
  /** Relative to the working directory, `/`-separated; null for a program-wide finding. */
  readonly file: string | null;
  /** 1-based; null when the finding has no place. */
  readonly line: number | null;
  readonly column: number | null;
}

export function checkFinding(d: ReportedDiagnostic, cwd = process.cwd()): CheckFinding {
  const base = { code: `KP${d.code}`, severity: d.severity, message: d.message };
  if (!d.fileName) return { ...base, file: null, line: null, column: null };
  const file = (relative(cwd, d.fileName) || d.fileName).split('\\').join('/');
  return { ...base, file, line: Math.max(d.line, 1), column: d.column > 0 ? d.column : null };
}
