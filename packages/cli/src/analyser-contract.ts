import type * as TS from 'typescript';

/**
 * What `keyproof check` needs from `@keyproof/transformer`: its pure analyser. Declared here
 * structurally so the CLI states exactly what it relies on; the transformer's own types must
 * stay assignable to these.
 */
export type TypeScript = typeof TS;

export interface AnalyserOptions {
  readonly warningsAsErrors?: boolean | readonly number[];
  readonly ignore?: readonly number[];
  readonly perCallNames?: readonly string[];
}

export interface AnalyserDiagnostic {
  readonly code: number;
  readonly severity: 'error' | 'warning';
  readonly fileName: string | undefined;
  readonly start: number | undefined;
  readonly length: number | undefined;
  readonly line: number;
  readonly message: string;
}

export interface AnalyserResult {
  readonly plans: readonly { readonly plan: { readonly id: string } }[];
  readonly diagnostics: readonly AnalyserDiagnostic[];
}

export type AnalyseProgram = (program: TS.Program, ts: TypeScript, options: AnalyserOptions) => AnalyserResult;

/** The plugin's reading of its tsconfig entry (unknown keys ignored), so check and tspc agree. */
export type ReadOptions = (config: Record<string, unknown>) => AnalyserOptions;

export interface Analyser {
  readonly analyseProgram: AnalyseProgram;
  readonly readOptions: ReadOptions;
}
