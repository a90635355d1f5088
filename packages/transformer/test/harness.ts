import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import type * as ts from 'typescript';
import keyproofTransformer from '../src/transformer';
import { analyseProgram } from '../src/analyse/analyse-program';
import type { KeyproofOptions } from '../src/types';
import { fixtureCompilerOptions } from './fixture-compiler-options';

const require = createRequire(__filename);

/** The two TypeScript versions the transformer supports, loaded side by side. */
export const TYPESCRIPTS: readonly { readonly label: string; readonly ts: typeof ts }[] = [
  { label: `TS ${(require('typescript') as typeof ts).version}`, ts: require('typescript') as typeof ts },
  { label: `TS ${(require('typescript-6') as typeof ts).version}`, ts: require('typescript-6') as typeof ts },
];

export { FIXTURES, STUB } from './fixture-compiler-options';

export interface CompileOptions {
  readonly plugin: boolean;
  readonly pluginOptions?: KeyproofOptions;
  readonly compilerOptions?: ts.CompilerOptions;
  /** Parse JSDoc like `tsc` does since 5.3 (only what type info needs). */
  readonly tscJsDocMode?: boolean;
}

export interface CompileResult {
  readonly outputs: ReadonlyMap<string, string>;
  readonly diagnostics: readonly {
    readonly code: number;
    readonly line: number;
    readonly severity: string;
    readonly message: string;
  }[];
  readonly tsErrors: readonly string[];
  readonly plans: readonly unknown[];
}

/** Emits the `.ts` files of `dir` in memory, with or without the plugin, as ts-patch would run it. */
export function compileDir(tsm: typeof ts, dir: string, options: CompileOptions): CompileResult {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
  const compilerOptions = fixtureCompilerOptions(tsm, dir, options.compilerOptions);
  const host = tsm.createCompilerHost(compilerOptions);
  if (options.tscJsDocMode === true) host.jsDocParsingMode = tsm.JSDocParsingMode.ParseForTypeInfo;
  const program = tsm.createProgram(files, compilerOptions, host);
  const outputs = new Map<string, string>();
  const added: ts.Diagnostic[] = [];
  const before = options.plugin
    ? [
        keyproofTransformer(
          program,
          { warnings: 'diagnostic', ...options.pluginOptions },
          { ts: tsm, addDiagnostic: (d) => added.push(d) },
        ),
      ]
    : [];
  const plans = options.plugin ? analyseProgram(program, tsm, options.pluginOptions).plans.map((p) => p.plan) : [];
  program.emit(undefined, (name, text) => outputs.set(path.basename(name), text), undefined, false, { before });
  const tsErrors = tsm
    .getPreEmitDiagnostics(program)
    .map(
      (d) =>
        `${d.file ? path.basename(d.file.fileName) : ''}:${d.code} ${tsm.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
  const diagnostics = added.map((d) => ({
    code: d.code,
    line:
      d.file !== undefined && d.start !== undefined ? tsm.getLineAndCharacterOfPosition(d.file, d.start).line + 1 : 0,
    severity: d.category === tsm.DiagnosticCategory.Error ? 'error' : 'warning',
    message: tsm.flattenDiagnosticMessageText(d.messageText, '\n'),
  }));
  return { outputs, diagnostics, tsErrors, plans };
}
