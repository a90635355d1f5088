/**
 * The keys manifest from the editor, over LSP: a method the manifest does not list (91073) is
 * recorded by a quick fix that rewrites keyproof.keys.json as `keyproof keys` would; a body changed under the same
 * version (91071) is fixed by bumping `version`, and the new version recorded the same way.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serialiseManifest } from '@keyproof/transformer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEdits, LspClient, type LspDiagnostic, type TextEdit } from './lsp-client';
import { copyFixture, SERVER_BIN } from './fixture';

interface CodeAction {
  readonly title: string;
  readonly kind?: string;
  readonly edit?: {
    readonly changes?: Record<string, TextEdit[]>;
    readonly documentChanges?: ReadonlyArray<
      | { readonly kind: 'create'; readonly uri: string }
      | { readonly textDocument: { uri: string }; readonly edits: TextEdit[] }
    >;
  };
}

describe('the keys manifest from the editor', () => {
  const dir = copyFixture('llm-service', 'keys', (config) => {
    const options = config['compilerOptions'] as { plugins: Array<Record<string, unknown>> };
    // frozen, as CI runs it: every difference is an error until `keyproof keys` records it
    options.plugins[0]!['manifest'] = { path: 'keyproof.keys.json', frozen: true };
  });
  const file = path.join(dir, 'src/summariser.ts');
  const uri = pathToFileURL(file).href;
  const keysFile = path.join(dir, 'keyproof.keys.json');
  const keysUri = pathToFileURL(keysFile).href;
  let text = fs.readFileSync(file, 'utf8');
  let version = 1;
  let client: LspClient;

  beforeAll(async () => {
    // a manifest that records nothing yet (a project adding its first memoised method)
    fs.writeFileSync(keysFile, serialiseManifest({ format: 'keyproof-keys/1', methods: {} }));
    client = new LspClient(process.execPath, [SERVER_BIN, '--stdio'], dir);
    await client.initialize(dir, { debounceMs: 20 });
  });
  afterAll(async () => {
    expect(await client.shutdown()).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const change = (next: string): void => {
    text = next;
    version += 1;
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  };
  const atVersion = (v: number) => (_d: readonly LspDiagnostic[], published: number | undefined) => published === v;
  const actionsFor = (d: LspDiagnostic) =>
    client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
  /** Applies an edit of keyproof.keys.json as an editor saving it would, and says so. */
  const saveKeys = async (action: CodeAction): Promise<void> => {
    const changes = action.edit?.changes?.[keysUri];
    const created = action.edit?.documentChanges?.find(
      (c): c is { textDocument: { uri: string }; edits: TextEdit[] } =>
        'textDocument' in c && c.textDocument.uri === keysUri,
    );
    const before = fs.existsSync(keysFile) ? fs.readFileSync(keysFile, 'utf8') : '';
    fs.writeFileSync(keysFile, applyEdits(before, changes ?? created!.edits));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: keysUri, type: before === '' ? 1 : 2 }] });
  };
  const codes = (ds: readonly LspDiagnostic[]) => ds.map((d) => d.code).sort();

  it('records a method the manifest does not list yet', async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version, text } });
    const diagnostics = await client.diagnostics(uri, atVersion(version));
    const unrecorded = diagnostics.find((d) => d.code === 91073);
    expect(unrecorded, JSON.stringify(diagnostics)).toBeDefined();
    const record = (await actionsFor(unrecorded!)).find((a) =>
      a.title.startsWith('Record the change in keyproof.keys.json'),
    );
    expect(record?.kind).toBe('quickfix');
    await saveKeys(record!);
    const recorded = JSON.parse(fs.readFileSync(keysFile, 'utf8')) as { methods: Record<string, { version: string }> };
    expect(recorded.methods['Summariser.summarise']?.version).toBe('1');
    change(text); // the next analysis reads the saved manifest
    expect(codes(await client.diagnostics(uri, atVersion(version)))).toEqual([91050]);
  });

  it('bumps the version after a body change, and records the new one', async () => {
    change(text.replace('Summarise in three sentences.', 'Summarise in two sentences.'));
    const changed = (await client.diagnostics(uri, atVersion(version))).find((d) => d.code === 91071);
    expect(changed).toBeDefined();
    const bump = (await actionsFor(changed!)).find((a) =>
      a.title.startsWith('Bump the version of Summariser.summarise'),
    );
    expect(bump?.title).toContain("to '2'");
    change(applyEdits(text, bump!.edit!.changes![uri]!));
    expect(text).toContain("@memoize({ version: '2' })");
    const bumped = await client.diagnostics(uri, atVersion(version));
    const versionChanged = bumped.find((d) => d.code === 91072);
    expect(versionChanged, JSON.stringify(bumped)).toBeDefined();
    const record = (await actionsFor(versionChanged!)).find((a) => a.title.startsWith('Record the change'));
    await saveKeys(record!);
    const recorded = JSON.parse(fs.readFileSync(keysFile, 'utf8')) as { methods: Record<string, { version: string }> };
    expect(recorded.methods['Summariser.summarise']?.version).toBe('2');
    change(text);
    expect(codes(await client.diagnostics(uri, atVersion(version)))).toEqual([91050]);
  });
});
