import type * as ts from 'typescript';
import { createRewriter } from '../emit/rewrite-source';
import { formatDiagnostic, formatFailure } from '../format-diagnostic';
import { pluginEntry } from '../plugin-entry';
import { runAnalysis, type Analysis } from '../run-analysis';
import { saveKeys } from '../save-keys';
import type { TypeScript } from '../types';

/** One analysis per program, however many times the host builds a transformer (ts-jest: per file). */
const analysed = new WeakMap<ts.Program, Analysis>();

/**
 * A `before` transformer for TypeScript-transformer hosts that have no `addDiagnostic`
 * (the Nest CLI, ts-jest, ts-loader): the program is analysed once (`runAnalysis`, keys review
 * included), each file gets its plans like under tspc, and a file with keyproof errors fails
 * to compile (an Error naming every finding with file:line:column), so the host's build or
 * test run fails. Without a program (transpile-only modes) each file is planned from its syntax.
 * Options are the tsconfig's `@keyproof/transformer` entry (`manifest` included), overridden
 * by those the host's own configuration gives (`config`).
 *
 * @param getCompilerOptions the project's compiler options when the host has no program to give.
 */
export function programTransformer(
  ts: TypeScript,
  getProgram: () => ts.Program | undefined,
  config: Record<string, unknown> = {},
  getCompilerOptions: () => ts.CompilerOptions | undefined = () => undefined,
): ts.TransformerFactory<ts.SourceFile> {
  const warned = new Set<string>();
  return (context) => (sourceFile) => {
    const program = getProgram();
    const known = program?.getSourceFile(sourceFile.fileName);
    const usable =
      program !== undefined && known !== undefined && known.text === sourceFile.text
        ? program
        : syntaxProgram(ts, sourceFile);
    let analysis = analysed.get(usable);
    if (analysis === undefined) {
      const entry = pluginEntry((program !== undefined ? program.getCompilerOptions() : getCompilerOptions())?.plugins);
      // a file the host's program does not hold (or holds with other text) is planned from its
      // syntax; the keys review belongs to the program, which reviews them itself
      const outside = program !== undefined && usable !== program;
      analysis = runAnalysis(usable, ts, {
        config: { ...entry, ...config },
        ...(outside ? { manifest: false as const } : {}),
      });
      analysed.set(usable, analysis);
      saveKeys(analysis);
    }
    const mine = analysis.diagnostics.filter((d) => d.fileName === sourceFile.fileName || d.fileName === undefined);
    for (const d of mine.filter((x) => x.severity === 'warning')) {
      const text = formatDiagnostic(d);
      if (!warned.has(text)) process.stderr.write(`${text}\n`);
      warned.add(text);
    }
    const errors = mine.filter((d) => d.severity === 'error');
    if (errors.length > 0) throw new Error(formatFailure(errors, sourceFile.fileName));
    return createRewriter(ts, analysis)(context)(sourceFile);
  };
}

function syntaxProgram(ts: TypeScript, sourceFile: ts.SourceFile): ts.Program {
  const file = ts.createSourceFile(
    sourceFile.fileName,
    sourceFile.text,
    ts.ScriptTarget.ESNext,
    true,
    ts.ScriptKind.TS,
  );
  const host: ts.CompilerHost = {
    getSourceFile: (name) => (name === file.fileName ? file : undefined),
    getDefaultLibFileName: () => 'lib.d.ts',
    writeFile: () => undefined,
    getCurrentDirectory: () => process.cwd(),
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (name) => name === file.fileName,
    readFile: (name) => (name === file.fileName ? file.text : undefined),
  };
  return ts.createProgram([file.fileName], { noResolve: true, noLib: true, noEmit: true }, host);
}
