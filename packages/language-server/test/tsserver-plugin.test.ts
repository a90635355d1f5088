/**
 * The tsserver plugin as VS Code (and every tsserver-based editor) loads it: tsserver runs as
 * a child process, the fixture's tsconfig lists `{ "name": "@keyproof/language-server" }` next
 * to the transformer entry, and the package is installed in the project's node_modules (a
 * link, resolved with tsserver's old module resolution through its `main`). Under TypeScript
 * 5.9 and 6.0: semantic diagnostics carry the KP warning as tspc reports it, the code fix
 * applied through `updateOpen` clears it, quick info carries the key plan.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixture, PLUGIN_DIR } from './fixture';
import { TsServer } from './tsserver-client';

const rootRequire = createRequire(path.resolve(__dirname, '../../../package.json'));
const TSSERVERS = [
  { label: 'TypeScript 5.9', tsserver: rootRequire.resolve('typescript/lib/tsserver.js') },
  { label: 'TypeScript 6.0', tsserver: rootRequire.resolve('typescript-6/lib/tsserver.js') },
];

interface Diagnostic {
  readonly start: { line: number; offset: number };
  readonly end: { line: number; offset: number };
  readonly text: string;
  readonly code: number;
  readonly category: string;
}
interface CodeFix {
  readonly fixName: string;
  readonly description: string;
  readonly changes: {
    fileName: string;
    textChanges: { start: { line: number; offset: number }; end: { line: number; offset: number }; newText: string }[];
  }[];
}

/**
 * The llm-service fixture as a tsserver project with the plugin installed (a link in its
 * node_modules), tsserver started on it, and both removed after the suite.
 */
function pluginProject(
  name: string,
  tsserver: string,
  entry: (plugins: Array<Record<string, unknown>>) => void = () => {},
): { dir: string; file: string; text: string; server: TsServer } {
  const dir = copyFixture('llm-service', name, (config) => {
    const options = config['compilerOptions'] as { plugins: Array<Record<string, unknown>> };
    entry(options.plugins);
    options.plugins.push({ name: '@keyproof/language-server' });
  });
  fs.mkdirSync(path.join(dir, 'node_modules/@keyproof'), { recursive: true });
  fs.symlinkSync(PLUGIN_DIR, path.join(dir, 'node_modules/@keyproof/language-server'), 'dir');
  const file = path.join(dir, 'src/summariser.ts').replace(/\\/g, '/');
  const server = new TsServer(tsserver, ['--pluginProbeLocations', dir], dir);
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { dir, file, text: fs.readFileSync(file, 'utf8'), server };
}

describe.each(TSSERVERS)('tsserver plugin under $label', ({ label, tsserver }) => {
  const { dir, file, text, server } = pluginProject(`tsserver-${label.replace(/\W/g, '')}`, tsserver);
  const locationOf = (source: string, needle: string): { line: number; offset: number } => {
    const before = source.slice(0, source.indexOf(needle)).split('\n');
    return { line: before.length, offset: before[before.length - 1]!.length + 1 };
  };

  it('adds the KP warning to the semantic diagnostics, as tspc reports it', async () => {
    await server.send('open', { file, fileContent: text, projectRootPath: dir });
    const diagnostics = await server.request<Diagnostic[]>('semanticDiagnosticsSync', { file });
    const keyproof = diagnostics.filter((d) => d.code >= 91000 && d.code < 92000);
    expect(keyproof, JSON.stringify(diagnostics)).toHaveLength(1);
    expect(keyproof[0]).toMatchObject({
      code: 91050,
      category: 'warning',
      start: locationOf(text, 'jobId: string'),
      end: locationOf(text, ', document'),
    });
    expect(keyproof[0]!.text).toMatch(
      /^\[keyproof\] Parameter "jobId" of Summariser\.summarise is named like a per-call value/,
    );
  });

  it('shows the key plan in quick info on the method name', async () => {
    const info = await server.request<{ documentation: string }>('quickinfo', {
      file,
      ...locationOf(text, 'summarise('),
    });
    expect(info.documentation).toContain('key plan of `Summariser.summarise` (version 1)');
    expect(info.documentation).toMatch(/1\. `jobId`\n2\. `document`\n3\. `maxTokens`/);
  });

  it('offers the @excludeFromKey fix; applied, the warning is gone', async () => {
    const at = locationOf(text, 'jobId: string');
    const fixes = await server.request<CodeFix[]>('getCodeFixes', {
      file,
      startLine: at.line,
      startOffset: at.offset,
      endLine: at.line,
      endOffset: at.offset + 5,
      errorCodes: [91050],
    });
    const exclude = fixes.find((f) => f.description.startsWith('Exclude "jobId"'));
    expect(exclude, JSON.stringify(fixes)).toBeDefined();
    await server.send('updateOpen', {
      changedFiles: exclude!.changes.map((c) => ({ fileName: c.fileName, textChanges: c.textChanges })),
    });
    const diagnostics = await server.request<Diagnostic[]>('semanticDiagnosticsSync', { file });
    expect(diagnostics.filter((d) => d.code >= 91000 && d.code < 92000)).toEqual([]);
  });
});

describe.each(TSSERVERS)('tsserver plugin, keys manifest frozen, under $label', ({ label, tsserver }) => {
  const { dir, file, text, server } = pluginProject(
    `tsserver-keys-${label.replace(/\W/g, '')}`,
    tsserver,
    (plugins) => {
      plugins[0]!['manifest'] = { path: 'keyproof.keys.json', frozen: true };
    },
  );
  const keysFile = path.join(dir, 'keyproof.keys.json').replace(/\\/g, '/');
  // a manifest that records nothing yet: the memoised method is a difference to record
  fs.writeFileSync(keysFile, `${JSON.stringify({ format: 'keyproof-keys/1', methods: {} }, null, 2)}\n`);

  it('records an unlisted method in keyproof.keys.json, as `keyproof keys` would', async () => {
    await server.send('open', { file, fileContent: text, projectRootPath: dir });
    const diagnostics = await server.request<Diagnostic[]>('semanticDiagnosticsSync', { file });
    const unrecorded = diagnostics.find((d) => d.code === 91073);
    expect(unrecorded, JSON.stringify(diagnostics)).toBeDefined();
    expect(unrecorded!.category).toBe('error'); // frozen: CI fails until it is recorded
    const fixes = await server.request<CodeFix[]>('getCodeFixes', {
      file,
      startLine: unrecorded!.start.line,
      startOffset: unrecorded!.start.offset,
      endLine: unrecorded!.end.line,
      endOffset: unrecorded!.end.offset,
      errorCodes: [91073],
    });
    const record = fixes.find((f) => f.description.startsWith('Record the change in keyproof.keys.json'));
    expect(record, JSON.stringify(fixes)).toBeDefined();
    expect(record!.changes).toHaveLength(1);
    const [change] = record!.changes;
    expect(change!.fileName).toBe(keysFile);
    // one change over the whole file: the manifest as the CLI writes it
    expect(change!.textChanges).toHaveLength(1);
    expect(change!.textChanges[0]!.start).toEqual({ line: 1, offset: 1 });
    const written = JSON.parse(change!.textChanges[0]!.newText) as { methods: Record<string, { version: string }> };
    expect(Object.keys(written.methods)).toEqual(['Summariser.summarise']);
    expect(written.methods['Summariser.summarise']!.version).toBe('1');
  });
});
