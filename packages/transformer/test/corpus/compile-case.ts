import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as ts from 'typescript';
import keyproofTransformer from '../../src/transformer';
import { analyseProgram } from '../../src/analyse/analyse-program';
import { CASES_ROOT, MODULES, type CorpusCase } from './read-case';

/** The workspace runtime's declarations (built), or its sources when it has not been built. */
const RUNTIME = path.resolve(__dirname, '../../../runtime');
const KEYPROOF = fs.existsSync(path.join(RUNTIME, 'dist/index.d.ts'))
  ? path.join(RUNTIME, 'dist/index.d.ts')
  : path.join(RUNTIME, 'src/index.ts');

interface CaseDiagnostic {
  readonly code: number;
  readonly severity: 'error' | 'warning';
  readonly line: number;
  readonly message: string;
}

export interface CaseBuild {
  /** keyproof's diagnostics on the case's files. */
  readonly keyproof: readonly CaseDiagnostic[];
  /** TypeScript's own errors on the case's files (`TS2554 …`): clean code must build. */
  readonly typescript: readonly string[];
  /** The key fields of every plan of the case, and `name~normaliser` for a normalised one (only computed when the case names `// key:` fields). */
  readonly planFields: readonly string[];
}

/** The third-party declarations: the project's `_modules`, and those of a set scored from elsewhere. */
function moduleDeclarations(): string[] {
  const dirs = [...new Set([MODULES, path.join(CASES_ROOT, '_modules')])].filter((d) => fs.existsSync(d));
  return dirs.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.d.ts'))
      .map((f) => path.join(dir, f)),
  );
}

/** Parsed library files (lib.*.d.ts, @types/node, the runtime, _modules), shared by every case of one TypeScript. */
const sourceFiles = new WeakMap<typeof ts, Map<string, ts.SourceFile>>();

/**
 * Builds one case as `tspc` would with the keyproof plugin: a Node service project (ES2022,
 * strict, `@types/node`, `keyproof` resolved to the workspace runtime) in the case's decorator
 * mode, emitted in memory through the plugin's `before` transformer.
 */
export function buildCase(tsm: typeof ts, c: CorpusCase): CaseBuild {
  const modules = moduleDeclarations();
  const options: ts.CompilerOptions = {
    target: tsm.ScriptTarget.ES2022,
    module: tsm.ModuleKind.ES2022,
    moduleResolution: tsm.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmitOnError: false,
    lib: ['lib.es2023.d.ts'],
    types: ['node'],
    paths: { keyproof: [KEYPROOF] },
    outDir: path.join(path.dirname(c.files[0]!), 'out'),
    ...(c.decorators === 'legacy' ? { experimentalDecorators: true, emitDecoratorMetadata: true } : {}),
  };
  const host = tsm.createCompilerHost(options);
  // tsc since 5.3 parses only the JSDoc it needs; the plugin's package.json turns parseAllJsDoc on.
  host.jsDocParsingMode = tsm.JSDocParsingMode.ParseAll;
  const cache = sourceFiles.get(tsm) ?? new Map<string, ts.SourceFile>();
  sourceFiles.set(tsm, cache);
  const ownFiles = new Set(c.files.map((f) => path.resolve(f)));
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, fresh) => {
    if (ownFiles.has(path.resolve(fileName))) return read(fileName, languageVersion, onError, fresh);
    const key = `${c.decorators}|${JSON.stringify(languageVersion)}|${fileName}`;
    let file = cache.get(key);
    if (file === undefined) {
      file = read(fileName, languageVersion, onError, fresh);
      if (file !== undefined) cache.set(key, file);
    }
    return file;
  };
  const program = tsm.createProgram([...c.files, ...modules], options, host);
  const added: ts.Diagnostic[] = [];
  const before = [
    keyproofTransformer(program, { warnings: 'diagnostic' }, { ts: tsm, addDiagnostic: (d) => added.push(d) }),
  ];
  program.emit(undefined, () => undefined, undefined, false, { before });
  const own = program.getSourceFiles().filter((f) => ownFiles.has(path.resolve(f.fileName)));
  const typescript = own
    .flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)])
    .filter((d) => d.category === tsm.DiagnosticCategory.Error)
    .map((d) => `TS${d.code} ${tsm.flattenDiagnosticMessageText(d.messageText, ' ')}`);
  const keyproof = added
    .filter((d) => d.file === undefined || ownFiles.has(path.resolve(d.file.fileName)))
    .map((d) => ({
      code: d.code,
      severity: d.category === tsm.DiagnosticCategory.Error ? ('error' as const) : ('warning' as const),
      line:
        d.file !== undefined && d.start !== undefined ? tsm.getLineAndCharacterOfPosition(d.file, d.start).line + 1 : 0,
      message: tsm.flattenDiagnosticMessageText(d.messageText, ' '),
    }));
  const fieldNames = (f: { readonly name: string; readonly normalize?: string }): string[] =>
    f.normalize !== undefined ? [f.name, `${f.name}~${f.normalize}`] : [f.name];
  const planFields =
    c.keyFields.length === 0
      ? []
      : analyseProgram(program, tsm).plans.flatMap((p) => p.plan.fields.flatMap(fieldNames));
  return { keyproof, typescript, planFields };
}
