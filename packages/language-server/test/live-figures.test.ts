/**
 * Live figures in the editor: the app's runtime writes a real SQLite store (three calls, one
 * upstream call), and the language server, asked over LSP, shows what the store counted in the
 * hover and the code lens of the method, read with the project's own `keyproof` package.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './lsp-client';
import { copyFixture, SERVER_BIN } from './fixture';

const RUNTIME = path.resolve(__dirname, '../../runtime');

describe('live figures from the store', () => {
  const dir = copyFixture('llm-service', 'live');
  const file = path.join(dir, 'src/summariser.ts');
  const uri = pathToFileURL(file).href;
  const store = `sqlite://${path.join(dir, 'cache.sqlite')}`;
  const text = fs.readFileSync(file, 'utf8');
  let client: LspClient;

  beforeAll(async () => {
    // the project's own keyproof, as an installed app has it
    fs.mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
    fs.symlinkSync(RUNTIME, path.join(dir, 'node_modules/keyproof'), 'dir');
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'live-figures-app', private: true }));
    // the app: three calls of Summariser.summarise that differ only in the excluded job ID
    const app = `
      import { close, configure, memoize, planSignature } from ${JSON.stringify(pathToFileURL(path.join(RUNTIME, 'dist/index.js')).href)};
      const fields = [{ name: 'document', index: 1 }, { name: 'maxTokens', index: 2 }];
      const plan = { format: 1, id: 'Summariser.summarise', source: 'src/summariser.ts', fields,
        excluded: [{ name: 'jobId', index: 0, reason: 'unique per run' }], signature: planSignature(fields),
        project: (_jobId, document, maxTokens) => [document, maxTokens] };
      configure({ store: ${JSON.stringify(store)} });
      let upstream = 0;
      const summarise = memoize(async (jobId, document) => { upstream++; return 'summary of ' + document; },
        { id: 'Summariser.summarise', version: '1', cost: 0.01 }, plan);
      for (const jobId of ['job-1', 'job-2', 'job-3']) await summarise(jobId, 'the report', 200);
      await close();
      console.log(upstream);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', app], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe('1'); // one upstream call: the other two were hits
    client = new LspClient(process.execPath, [SERVER_BIN, '--stdio'], dir);
    await client.initialize(dir, { debounceMs: 20, store });
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text } });
    await client.diagnostics(uri, (_d, v) => v === 1);
  });
  afterAll(async () => {
    expect(await client.shutdown()).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const positionOf = (needle: string) => {
    const before = text.slice(0, text.indexOf(needle)).split('\n');
    return { line: before.length - 1, character: before[before.length - 1]!.length };
  };

  it('hovers the method with what the store counted', async () => {
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf('summarise('),
    });
    expect(hover.contents.value).toContain('key plan of `Summariser.summarise`');
    expect(hover.contents.value).toContain(
      'Live, from the store: 3 calls, 2 hits, 0 shared, 1 misses (67% answered without upstream); saved 0.02',
    );
    expect(hover.contents.value).toContain('Misses by reason: new 1');
  });

  it('shows the hit rate and the money saved in the code lens', async () => {
    const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', {
      textDocument: { uri },
    });
    expect(lenses.map((l) => l.command.title)).toEqual([
      'key: jobId, document, maxTokens · 67% hits of 3 calls · saved 0.02',
    ]);
  });
});
