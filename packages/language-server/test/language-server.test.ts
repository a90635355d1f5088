/**
 * The language server as an editor runs it: a child process spoken to in LSP JSON-RPC over
 * stdio. Open the job-ID story, read the published diagnostics, hover the method, ask for the
 * quick fix, apply its edit as didChange, and see the diagnostic go; break the file's syntax
 * and see nothing stale; type a misspelt exclusion and take the rename fix.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEdits, LspClient, type LspDiagnostic, type TextEdit } from './lsp-client';
import { copyFixture, SERVER_BIN } from './fixture';

interface CodeAction {
  readonly title: string;
  readonly kind?: string;
  readonly edit?: { readonly changes?: Record<string, TextEdit[]> };
}

describe('keyproof-language-server over stdio', () => {
  const dir = copyFixture('llm-service', 'lsp');
  const file = path.join(dir, 'src/summariser.ts');
  const uri = pathToFileURL(file).href;
  let text = fs.readFileSync(file, 'utf8');
  let version = 1;
  let client: LspClient;

  beforeAll(async () => {
    client = new LspClient(process.execPath, [SERVER_BIN, '--stdio'], dir);
    const init = await client.initialize(dir, { debounceMs: 20 });
    expect(init.capabilities).toMatchObject({
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      codeLensProvider: {},
    });
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
  const positionOf = (needle: string): { line: number; character: number } => {
    const offset = text.indexOf(needle);
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1]!.length };
  };

  it("publishes the job-ID warning on open, with tspc's code, message and range", async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version, text } });
    const diagnostics = await client.diagnostics(uri, atVersion(version));
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d).toMatchObject({ code: 91050, severity: 2, source: 'keyproof' });
    expect(d!.message).toMatch(/^Parameter "jobId" of Summariser\.summarise is named like a per-call value/);
    expect(d!.range.start).toEqual(positionOf('jobId: string'));
  });

  it('hovers the method with its key plan', async () => {
    const hover = await client.request<{ contents: { kind: string; value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf('summarise('),
    });
    expect(hover?.contents.kind).toBe('markdown');
    const value = hover!.contents.value;
    expect(value).toContain('key plan of `Summariser.summarise` (version 1)');
    expect(value).toMatch(/1\. `jobId`\n2\. `document`\n3\. `maxTokens`/);
    expect(value).toMatch(/Signature `[0-9a-f]+`/);
  });

  it('shows the key fields in a code lens above the method', async () => {
    const lenses = await client.request<{ range: LspDiagnostic['range']; command: { title: string } }[]>(
      'textDocument/codeLens',
      { textDocument: { uri } },
    );
    expect(lenses.map((l) => l.command.title)).toEqual(['key: jobId, document, maxTokens']);
    expect(lenses[0]!.range.start).toEqual(positionOf('@memoize'));
  });

  it('offers @excludeFromKey as a quick fix; applying it clears the diagnostic', async () => {
    const range = { start: positionOf('jobId: string'), end: positionOf('jobId: string') };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics: [] },
    });
    const exclude = actions.find((a) => a.title.startsWith('Exclude "jobId"'));
    expect(exclude?.kind).toBe('quickfix');
    change(applyEdits(text, exclude!.edit!.changes![uri]!));
    expect(text).toContain(
      '  /**\n   * Summarise a document for a queued job.\n   * @excludeFromKey jobId TODO: why it does not change the result\n   */\n  @memoize',
    );
    expect(await client.diagnostics(uri, atVersion(version))).toEqual([]);
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf('summarise('),
    });
    expect(hover.contents.value).toContain('- `jobId`: TODO: why it does not change the result');
  });

  it('publishes nothing stale for a file with a syntax error, and recovers', async () => {
    const good = text;
    change(text.replace('async summarise(', 'async summarise(('));
    expect(await client.diagnostics(uri, atVersion(version))).toEqual([]);
    change(good.replace('@excludeFromKey jobId', '@excludeFromKey jobid'));
    const diagnostics = await client.diagnostics(uri, atVersion(version));
    expect(diagnostics.map((d) => d.code).sort()).toEqual([91001, 91050]);
    const typo = diagnostics.find((d) => d.code === 91001)!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: typo.range,
      context: { diagnostics: [typo] },
    });
    const rename = actions.find((a) => a.title === 'Change "jobid" to "jobId"');
    expect(rename).toBeDefined();
    change(applyEdits(text, rename!.edit!.changes![uri]!));
    expect(text).toBe(good);
    expect(await client.diagnostics(uri, atVersion(version))).toEqual([]);
  });

  it('clears the diagnostics of a closed file', async () => {
    change(text.replace('@excludeFromKey jobId TODO: why it does not change the result\n', ''));
    expect((await client.diagnostics(uri, atVersion(version))).map((d) => d.code)).toEqual([91050]);
    client.notify('textDocument/didClose', { textDocument: { uri } });
    expect(await client.diagnostics(uri, (d) => d.length === 0)).toEqual([]);
  });
});
