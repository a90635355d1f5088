/**
 * The editors see what the build sees: on every case of the transformer's corpus
 * (packages/transformer/test/corpus, enumerated with its own reader), the diagnostics the
 * language server publishes and those tsserver reports with the plugin equal the ones the
 * plugin adds under tspc: the same codes, ranges and messages, file by file.
 *
 * Each case is copied into a project of its own (a tsconfig with the corpus harness's
 * options, the case's decorator mode, the third-party declarations); tspc's side runs the
 * ts-patch entry on that project's program exactly as tspc does.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type * as ts from 'typescript';
import { afterAll, beforeAll, expect, it } from 'vitest';
import keyproofTransformer from '@keyproof/transformer';
import { readCases, MODULES, type CorpusCase } from '../../transformer/test/corpus/read-case';
import { KEYPROOF_TYPES, PLUGIN_DIR, SERVER_BIN } from './fixture';
import { LspClient } from './lsp-client';
import { TsServer } from './tsserver-client';

const rootRequire = createRequire(path.resolve(__dirname, '../../../package.json'));
const tsm = rootRequire('typescript') as typeof ts;
const ROOT = path.join(__dirname, '.tmp', `corpus-${process.pid}`);
/**
 * The whole corpus takes minutes per category on a 2-core machine (three front ends build each
 * case's program), more than CI's budget: CI compares a fixed sample, the first two cases of each
 * category in each decorator mode; KEYPROOF_PARITY_ALL=1 compares every case.
 */
const ALL = process.env.KEYPROOF_PARITY_ALL === '1';
const cases = readCases().filter(
  (c, _, every) =>
    ALL || every.filter((o) => o.category === c.category && o.decorators === c.decorators).indexOf(c) < 2,
);
const modules = fs
  .readdirSync(MODULES)
  .filter((f) => f.endsWith('.d.ts'))
  .map((f) => path.join(MODULES, f).replace(/\\/g, '/'));

/** One diagnostic as all three front ends can say it: file, code, 0-based range, message. */
type Seen = string;
const seen = (
  file: string,
  code: number,
  start: { line: number; character: number },
  end: { line: number; character: number },
  message: string,
): Seen =>
  `${path.relative(ROOT, file)} KP${code} ${start.line}:${start.character}-${end.line}:${end.character} ${message}`;

/** Copies a case into ROOT/<id>/ with its tsconfig; returns the copied files. */
function project(c: CorpusCase): { dir: string; files: string[] } {
  const dir = path.join(ROOT, c.id.replace('/', '__'));
  fs.mkdirSync(dir, { recursive: true });
  const files = c.files.map((f) => {
    const to = path.join(dir, path.basename(f));
    fs.copyFileSync(f, to);
    return to.replace(/\\/g, '/');
  });
  const compilerOptions = {
    target: 'ES2022',
    module: 'ES2022',
    moduleResolution: 'Bundler',
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    lib: ['ES2023'],
    types: ['node'],
    paths: { keyproof: [KEYPROOF_TYPES.replace(/\\/g, '/')] },
    ...(c.decorators === 'legacy' ? { experimentalDecorators: true, emitDecoratorMetadata: true } : {}),
    plugins: [{ transform: '@keyproof/transformer', warnings: 'diagnostic' }, { name: '@keyproof/language-server' }],
  };
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions, files: [...files.map((f) => path.basename(f)), ...modules] }, null, 2),
  );
  return { dir, files };
}

const libraries = new Map<string, ts.SourceFile>();

/** What tspc reports: the ts-patch entry run on the project's program, as ts-patch runs it. */
function tspc(dir: string): Seen[] {
  const parsed = tsm.getParsedCommandLineOfConfigFile(
    path.join(dir, 'tsconfig.json'),
    {},
    { ...tsm.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  )!;
  const host = tsm.createCompilerHost(parsed.options);
  host.jsDocParsingMode = tsm.JSDocParsingMode.ParseAll; // the transformer's package.json asks ts-patch for parseAllJsDoc
  // library files (lib.*.d.ts, @types/node, the runtime, _modules) parsed once for every case, as the corpus harness does
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, fresh) => {
    if (!fileName.endsWith('.d.ts')) return read(fileName, languageVersion, onError, fresh);
    const key = `${JSON.stringify(languageVersion)}|${fileName}`;
    let file = libraries.get(key);
    if (file === undefined) {
      file = read(fileName, languageVersion, onError, fresh);
      if (file !== undefined) libraries.set(key, file);
    }
    return file;
  };
  const program = tsm.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host });
  const added: ts.Diagnostic[] = [];
  keyproofTransformer(program, { warnings: 'diagnostic' }, { ts: tsm, addDiagnostic: (d) => added.push(d) });
  return added
    .filter((d) => d.file !== undefined && !d.file.fileName.endsWith('.d.ts'))
    .map((d) => {
      const text = tsm.flattenDiagnosticMessageText(d.messageText, '\n').replace(/^\[keyproof\] /, '');
      return seen(
        d.file!.fileName,
        d.code,
        tsm.getLineAndCharacterOfPosition(d.file!, d.start!),
        tsm.getLineAndCharacterOfPosition(d.file!, d.start! + d.length!),
        text,
      );
    })
    .sort();
}

const projects = new Map<string, { dir: string; files: string[] }>();
let lsp: LspClient;
let tsserver: TsServer;

beforeAll(async () => {
  fs.rmSync(ROOT, { recursive: true, force: true });
  for (const c of cases) projects.set(c.id, project(c));
  fs.mkdirSync(path.join(ROOT, 'node_modules/@keyproof'), { recursive: true });
  fs.symlinkSync(PLUGIN_DIR, path.join(ROOT, 'node_modules/@keyproof/language-server'), 'dir');
  lsp = new LspClient(process.execPath, [SERVER_BIN, '--stdio'], ROOT);
  await lsp.initialize(ROOT, { debounceMs: 0 });
  // KEYPROOF_PARITY_TSSERVER_LOG=FILE: tsserver's own log (the plugin logs what it could not analyse there)
  const log = process.env.KEYPROOF_PARITY_TSSERVER_LOG;
  tsserver = new TsServer(
    rootRequire.resolve('typescript/lib/tsserver.js'),
    ['--pluginProbeLocations', ROOT, ...(log ? ['--logVerbosity', 'normal', '--logFile', log] : [])],
    ROOT,
  );
});
afterAll(async () => {
  await lsp.shutdown();
  await tsserver.close();
  fs.rmSync(ROOT, { recursive: true, force: true });
});

const totals = { cases: 0, diagnostics: 0 };

it.each(cases.map((c) => [c.id, c] as const))(
  '%s: the server and the plugin report what tspc reports',
  async (id) => {
    const { dir, files } = projects.get(id)!;
    const expected = tspc(dir);
    const fromServer: Seen[] = [];
    const fromPlugin: Seen[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const uri = pathToFileURL(file).href;
      lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text } });
      for (const d of await lsp.diagnostics(uri))
        fromServer.push(seen(file, Number(d.code), d.range.start, d.range.end, d.message));
      lsp.notify('textDocument/didClose', { textDocument: { uri } });
      await lsp.diagnostics(uri, (d) => d.length === 0);

      await tsserver.send('open', { file, fileContent: text, projectRootPath: dir });
      const diagnostics = await tsserver.request<
        { code: number; text: string; start: { line: number; offset: number }; end: { line: number; offset: number } }[]
      >('semanticDiagnosticsSync', { file });
      for (const d of diagnostics.filter((x) => x.code >= 91000 && x.code < 92000)) {
        fromPlugin.push(
          seen(
            file,
            d.code,
            { line: d.start.line - 1, character: d.start.offset - 1 },
            { line: d.end.line - 1, character: d.end.offset - 1 },
            d.text.replace(/^\[keyproof\] /, ''),
          ),
        );
      }
      await tsserver.send('close', { file });
    }
    expect(fromServer.sort(), `language server on ${id}`).toEqual(expected);
    expect(fromPlugin.sort(), `tsserver plugin on ${id}`).toEqual(expected);
    totals.cases += 1;
    totals.diagnostics += expected.length;
  },
  180_000,
);

it('compared every case, and the corpus has diagnostics to compare', () => {
  console.log(
    `corpus parity: ${totals.cases} cases, ${totals.diagnostics} diagnostics equal in tspc, the language server and the tsserver plugin`,
  );
  expect(totals.cases).toBe(cases.length);
  expect(totals.diagnostics).toBeGreaterThan(cases.length / 2);
});
