import type * as ts from 'typescript';
import { analyseProgram } from '../analyse/analyse-program';
import { createRewriter } from '../emit/rewrite-source';
import { readOptions } from '../transformer';
import type { AnalysisResult, KeyproofDiagnostic, TypeScript } from '../types';

const analysed = new WeakMap<ts.Program, AnalysisResult>();

/**
 * A `before` transformer for TypeScript-transformer hosts that have no `addDiagnostic`
 * (the Nest CLI, ts-jest, ts-loader): the program is analysed once, each file gets its
 * plans like under tspc, and a file with keyproof errors fails to compile (an Error naming
 * every finding with file:line), so the host's build or test run fails. Without a program
 * (transpile-only modes) each file is planned from its syntax.
 */
export function programTransformer(ts: TypeScript, getProgram: () => ts.Program | undefined, config: Record<string, unknown> = {}): ts.TransformerFactory<ts.SourceFile> {
  const options = readOptions(config);
  const warned = new Set<string>();
  return (context) => (sourceFile) => {
    const program = getProgram();
    const known = program?.getSourceFile(sourceFile.fileName);
    const usable = program !== undefined && known !== undefined && known.text === sourceFile.text ? program : syntaxProgram(ts, sourceFile);
    let result = analysed.get(usable);
    if (result === undefined) {
      result = analyseProgram(usable, ts, options);
      analysed.set(usable, result);
    }
    const mine = result.diagnostics.filter((d) => d.fileName === sourceFile.fileName || d.fileName === undefined);
    for (const d of mine.filter((x) => x.severity === 'warning')) {
      const text = format(d);
      if (!warned.has(text)) process.stderr.write(`${text}\n`);
      warned.add(text);
    }
    const errors = mine.filter((d) => d.severity === 'error');
    if (errors.length > 0) throw new Error(`keyproof found ${errors.length} error(s) in ${sourceFile.fileName}:\n${errors.map(format).join('\n')}`);
    return createRewriter(ts, result)(context)(sourceFile);
  };
}

function syntaxProgram(ts: TypeScript, sourceFile: ts.SourceFile): ts.Program {
  const file = ts.createSourceFile(sourceFile.fileName, sourceFile.text, ts.ScriptTarget.ESNext, true, ts.ScriptKind.TS);
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

function format(d: KeyproofDiagnostic): string {
  return `${d.fileName !== undefined ? `${d.fileName}:${d.line} - ` : ''}${d.severity} KP${d.code}: ${d.message}`;
}
