/**
 * Real code no one here wrote: rxjs's TypeScript sources (the `src/` rxjs@7.8.2 ships, 250
 * files) compiled with and without the plugin, plus one memoised service that imports keyproof
 * and rxjs, so the analyser searches every rxjs file and indexes every call (a program that
 * never loads keyproof is skipped file by file). The plugin must report nothing and must not
 * change a byte of rxjs's emitted JavaScript or declarations. Its cost is measured by
 * `packages/transformer/bench/compile-rxjs.mjs`, not here (no timed assertions).
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { expect, it } from 'vitest';
import keyproofTransformer from '../src/transformer';
import { analyseProgram } from '../src/analyse/analyse-program';
import { TYPESCRIPTS } from './harness';

const require = createRequire(__filename);
const SRC = path.join(path.dirname(require.resolve('rxjs/package.json')), 'src');
const RUNTIME = path.resolve(__dirname, '../../runtime');
const KEYPROOF = fs.existsSync(path.join(RUNTIME, 'dist/index.d.ts'))
  ? path.join(RUNTIME, 'dist/index.d.ts')
  : path.join(RUNTIME, 'src/index.ts');
const SERVICE = path.join(SRC, 'keyproof-quote-service.ts'); // in memory only: never written
const SERVICE_TEXT = `import { memoize } from 'keyproof';
import { firstValueFrom, from, map } from './index';
export class QuoteService {
  /** @excludeFromKey requestId a label for the logs */
  @memoize({ version: 'v1' })
  async quote(symbol: string, requestId: string, currency = 'EUR'): Promise<number> {
    console.log(requestId);
    return firstValueFrom(from([symbol.length]).pipe(map((n) => (currency === 'EUR' ? n : n * 2))));
  }
}
export const quoteOf = (service: QuoteService, symbol: string, requestId: string): Promise<number> => service.quote(symbol, requestId);
`;

function rxjsFiles(): string[] {
  const names = fs.readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  // rxjs's own tsconfig leaves out internal/umd.ts (a script for the UMD bundle)
  return names.filter((f) => f !== path.join('internal', 'umd.ts')).map((f) => path.join(SRC, f));
}

it('compiles rxjs src with the plugin: no keyproof diagnostics, byte-identical output', { timeout: 180_000 }, () => {
  const [{ ts }] = TYPESCRIPTS as [(typeof TYPESCRIPTS)[0]];
  const options: import('typescript').CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noImplicitReturns: true,
    lib: ['lib.esnext.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: true,
    declaration: true,
    rootDir: SRC,
    outDir: path.join(SRC, '../out'),
    paths: { keyproof: [KEYPROOF] },
  };
  const host = ts.createCompilerHost(options);
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseAll; // as tspc with the plugin (parseAllJsDoc)
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, onError, fresh) =>
    path.resolve(name) === SERVICE
      ? ts.createSourceFile(name, SERVICE_TEXT, ts.ScriptTarget.ES2022, true)
      : read(name, version, onError, fresh);
  const files = rxjsFiles();
  expect(files.length).toBeGreaterThanOrEqual(240);
  const program = ts.createProgram([...files, SERVICE], options, host);
  expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '))).toEqual([]);

  const plain = new Map<string, string>();
  program.emit(undefined, (name, text) => plain.set(name, text));
  const withPlugin = new Map<string, string>();
  const added: import('typescript').Diagnostic[] = [];
  const before = [
    keyproofTransformer(program, { warnings: 'diagnostic' }, { ts, addDiagnostic: (d) => added.push(d) }),
  ];
  program.emit(undefined, (name, text) => withPlugin.set(name, text), undefined, false, { before });

  expect(
    added.map((d) => `KP${d.code} ${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`),
  ).toEqual([]);
  const analysis = analyseProgram(program, ts, {});
  expect(analysis.plans.map((p) => path.basename(p.site.fileName))).toEqual(['keyproof-quote-service.ts']);
  const rxjsOutputs = [...plain.keys()].filter((name) => !name.includes('keyproof-quote-service'));
  expect(rxjsOutputs.length).toBeGreaterThanOrEqual(480); // .js and .d.ts for each file
  expect(rxjsOutputs.filter((name) => withPlugin.get(name) !== plain.get(name))).toEqual([]);
  // the service itself is planned: its emitted JavaScript differs (it carries the plan)
  const serviceJs = [...withPlugin.keys()].find((name) => name.endsWith('keyproof-quote-service.js'))!;
  expect(withPlugin.get(serviceJs)).not.toBe(plain.get(serviceJs));
  expect(withPlugin.get(serviceJs)).toContain('signature:');
});
