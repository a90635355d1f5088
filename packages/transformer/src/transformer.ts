import type * as ts from 'typescript';
import { createRewriter } from './emit/rewrite-source';
import { formatDiagnostic } from './format-diagnostic';
import { toTsDiagnostic } from './report';
import { hasErrors, runAnalysis, type Analysis } from './run-analysis';
import { saveKeys } from './save-keys';
import type { TypeScript } from './types';

/** What ts-patch passes a `program`-type plugin (see ts-patch's plugin-types.ts). */
export interface TransformerExtras {
  readonly ts: TypeScript;
  readonly addDiagnostic: (diagnostic: ts.Diagnostic) => number;
  readonly library?: string;
}

/** Analysis is done once per program, however many times the host asks for transformers. */
const analysed = new WeakMap<ts.Program, Analysis>();

/**
 * The ts-patch entry (`"transform": "@keyproof/transformer"`): runs the analysis once per
 * program, reports errors through `addDiagnostic` (they fail `tspc`) and warnings on stderr,
 * and returns the `before` transformer that emits the plans. Compiles against the TypeScript
 * the host hands us (`extras.ts`), never a copy of its own.
 */
export default function keyproofTransformer(
  program: ts.Program,
  config: Record<string, unknown> = {},
  extras?: TransformerExtras,
): ts.TransformerFactory<ts.SourceFile> {
  if (extras?.ts === undefined || typeof extras.addDiagnostic !== 'function') {
    throw new Error(
      '@keyproof/transformer must be run by ts-patch as a "program" plugin (tspc, or ts-patch/compiler): ' +
        'add { "transform": "@keyproof/transformer" } to compilerOptions.plugins and build with tspc.',
    );
  }
  const ts = extras.ts;
  let analysis = analysed.get(program);
  if (analysis === undefined) {
    analysis = runAnalysis(program, ts, { config });
    analysed.set(program, analysis);
    saveKeys(analysis);
    for (const diagnostic of analysis.diagnostics) {
      // tsc exits 2 on any added diagnostic: warnings go to stderr unless asked for as diagnostics
      if (diagnostic.severity === 'warning' && analysis.options.warnings !== 'diagnostic')
        process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
      else extras.addDiagnostic(toTsDiagnostic(ts, program, diagnostic));
    }
  }
  if (program.getCompilerOptions().noEmitOnError === true && hasErrors(analysis)) {
    // tsc checks noEmitOnError before the plugin runs, so the JavaScript is written anyway:
    // it gets no plans, and its memoised methods refuse to run (MissingPlanError) instead of
    // running with the key the errors are about
    if (!failedClosed.has(program)) {
      failedClosed.add(program);
      sayAfterDiagnostics(analysis.diagnostics.filter((d) => d.severity === 'error').length);
    }
    return createRewriter(ts, { ...analysis, plans: [] });
  }
  return createRewriter(ts, analysis);
}

const failedClosed = new WeakSet<ts.Program>();

/**
 * The fail-closed note refers to the errors, so it must follow them: tsc prints its
 * diagnostics after emitting (after this transformer ran), so the note waits for the process
 * to exit (a watching tspc prints it when it stops). Said once per process, with the total.
 */
let pendingErrors = 0;
function sayAfterDiagnostics(errors: number): void {
  if (pendingErrors === 0) {
    process.once('exit', () => {
      process.stderr.write(
        `keyproof: because of the ${pendingErrors === 1 ? 'keyproof error' : `${pendingErrors} keyproof errors`} above, the emitted JavaScript carries no key plans ` +
          '(noEmitOnError): its memoised methods throw MissingPlanError instead of running with a wrong key.\n',
      );
    });
  }
  pendingErrors += errors;
}
