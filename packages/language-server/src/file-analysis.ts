import type * as ts from 'typescript';
import type { PlannedMemo, ReportedDiagnostic, TypeScript } from '@keyproof/transformer';
import { normalise, type Project } from './project';

/** What an editor shows for one file: keyproof's diagnostics and the plans of its memoised methods. */
export interface FileAnalysis {
  readonly ts: TypeScript;
  readonly program: ts.Program;
  readonly sourceFile: ts.SourceFile;
  /** Empty when the file has syntax errors (TypeScript reports those; the analysis would be of a guess). */
  readonly diagnostics: readonly ReportedDiagnostic[];
  readonly plans: readonly PlannedMemo[];
  /** Why there are no diagnostics although there may be problems: `syntax` errors in the file. */
  readonly skipped?: 'syntax';
}

/** The analysis of `fileName` in its project's current program, or undefined when the program does not hold it. */
export function analyseFile(project: Project, fileName: string): FileAnalysis | undefined {
  const name = normalise(fileName);
  const { program, analysis } = project.analyse();
  const sourceFile = program.getSourceFile(name);
  if (sourceFile === undefined) return undefined;
  const base = {
    ts: project.ts,
    program,
    sourceFile,
    plans: analysis.plans.filter((p) => normalise(p.site.fileName) === name),
  };
  if (program.getSyntacticDiagnostics(sourceFile).length > 0) return { ...base, diagnostics: [], skipped: 'syntax' };
  const diagnostics = analysis.diagnostics.filter((d) => d.fileName !== undefined && normalise(d.fileName) === name);
  return { ...base, diagnostics };
}
