import type * as ts from 'typescript';
import { analyseProgram } from './analyse/analyse-program';
import { createRewriter } from './emit/rewrite-source';
import { applyManifestOption } from './manifest/apply-manifest-option';
import { toTsDiagnostic } from './report';
import type { AnalysisResult, KeyproofOptions, TypeScript } from './types';

/** What ts-patch passes a `program`-type plugin (see ts-patch's plugin-types.ts). */
export interface TransformerExtras {
  readonly ts: TypeScript;
  readonly addDiagnostic: (diagnostic: ts.Diagnostic) => number;
  readonly library?: string;
}

/** Analysis is done once per program, however many times the host asks for transformers. */
const analysed = new WeakMap<ts.Program, AnalysisResult>();

/**
 * The ts-patch entry (`"transform": "@keyproof/transformer"`): analyses the program once,
 * reports its diagnostics through `addDiagnostic` (errors fail `tspc`), and returns the
 * `before` transformer that emits the plans. Compiles against the TypeScript the host hands
 * us (`extras.ts`), never a copy of its own.
 */
export default function keyproofTransformer(program: ts.Program, config: Record<string, unknown> = {}, extras?: TransformerExtras): ts.TransformerFactory<ts.SourceFile> {
  if (extras?.ts === undefined || typeof extras.addDiagnostic !== 'function') {
    throw new Error(
      '@keyproof/transformer must be run by ts-patch as a "program" plugin (tspc, or ts-patch/compiler): ' +
        'add { "transform": "@keyproof/transformer" } to compilerOptions.plugins and build with tspc.',
    );
  }
  const ts = extras.ts;
  let result = analysed.get(program);
  if (result === undefined) {
    const options = readOptions(config);
    result = analyseProgram(program, ts, options);
    analysed.set(program, result);
    // keys review (`manifest` option): see src/manifest/
    const reviewed = applyManifestOption(ts, program, result, config['manifest'], options);
    for (const diagnostic of [...result.diagnostics, ...reviewed]) {
      const tsDiagnostic = toTsDiagnostic(ts, program, diagnostic);
      if (diagnostic.severity === 'warning' && options.warnings !== 'diagnostic') process.stderr.write(formatWarning(ts, tsDiagnostic));
      else extras.addDiagnostic(tsDiagnostic);
    }
  }
  if (program.getCompilerOptions().noEmitOnError === true && result.diagnostics.some((d) => d.severity === 'error')) {
    // tsc checks noEmitOnError before the plugin runs, so the JavaScript is written anyway:
    // it gets no plans, and its memoised methods refuse to run (MissingPlanError) instead of
    // running with the key the errors are about
    if (!failedClosed.has(program)) {
      failedClosed.add(program);
      process.stderr.write('keyproof: errors above; with noEmitOnError the emitted JavaScript carries no key plans, so its memoised methods throw MissingPlanError instead of running with a wrong key.\n');
    }
    return createRewriter(ts, { ...result, plans: [] });
  }
  return createRewriter(ts, result);
}

const failedClosed = new WeakSet<ts.Program>();

/** Plugin options from the tsconfig entry; unknown keys are ignored. */
export function readOptions(config: Record<string, unknown>): KeyproofOptions {
  const numbers = (v: unknown): number[] | undefined => (Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : undefined);
  const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
  const warningsAsErrors = config['warningsAsErrors'] === true ? true : numbers(config['warningsAsErrors']);
  const ignore = numbers(config['ignore']);
  const perCallNames = strings(config['perCallNames']);
  const perCallSources = strings(config['perCallSources']);
  const warnings = config['warnings'] === 'stderr' || config['warnings'] === 'diagnostic' ? config['warnings'] : undefined;
  return {
    ...(warnings !== undefined ? { warnings } : {}),
    ...(warningsAsErrors !== undefined ? { warningsAsErrors } : {}),
    ...(ignore !== undefined ? { ignore } : {}),
    ...(perCallNames !== undefined ? { perCallNames } : {}),
    ...(perCallSources !== undefined ? { perCallSources } : {}),
  };
}

function formatWarning(ts: TypeScript, diagnostic: ts.Diagnostic): string {
  return ts.formatDiagnostic(diagnostic, {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => ts.sys.getCurrentDirectory(),
    getNewLine: () => ts.sys.newLine,
  });
}
