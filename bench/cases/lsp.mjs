#!/usr/bin/env node
// keyproof-language-server: time from a `didChange` to the `publishDiagnostics` of that version,
// over a scripted editing session, after warm-up; and the server's resident memory after the
// session. Two projects: the generated 300-file one (the shape of
// packages/transformer/bench/compile.mjs's: a tenth of the files with a memoised method and its
// call sites), or with --rxjs real code no one here wrote: rxjs's TypeScript sources (the `src/`
// the rxjs package ships, as compile-rxjs.mjs compiles them) plus one memoised service.
//
//   node bench/cases/lsp.mjs [--rxjs] [--quick] [--edits 60] [--keep (leave the project in bench/.tmp)]
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { emit } from '../lib/child.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const editsArg = args.indexOf('--edits');
const EDITS = editsArg >= 0 ? Number(args[editsArg + 1]) : quick ? 20 : 60;
const WARMUP = 5;
const FILES = 300;
const SERVER = path.join(root, 'packages/language-server/dist/bin.js');
if (!fs.existsSync(SERVER))
  throw new Error('packages/language-server/dist is missing: build first (npx -y pnpm@10 build)');

const RXJS = args.includes('--rxjs');
/** The memoised service the session edits (in the generated project: its first file). */
const service = (i) => `import { memoize } from 'keyproof';
export interface Input${i} { name: string; colors: string[]; size: { w: number; h: number } }
export class Service${i} {
  /**
   * Render ${i}. The job ID is not part of the cache key.
   * @excludeFromKey jobId unique per run
   */
  @memoize({ version: 'v${i}' })
  async render(jobId: string, input: Input${i}, format = 'png'): Promise<{ svg: string; bytes: Uint8Array }> {
    return { svg: jobId + input.name + format, bytes: new Uint8Array() };
  }
}
export async function use${i}(service: Service${i}, jobId: string): Promise<string> {
  const a = await service.render(jobId, { name: 'a', colors: ['red'], size: { w: 1, h: 2 } });
  const b = await service.render(jobId, { name: 'b', colors: [], size: { w: 3, h: 4 } }, 'svg');
  return a.svg + b.svg;
}
`;

const dir = path.join(root, 'bench/.tmp', `lsp-project-${process.pid}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
fs.mkdirSync(path.join(dir, 'node_modules/@types'), { recursive: true });
fs.symlinkSync(path.join(root, 'packages/runtime'), path.join(dir, 'node_modules/keyproof'), 'dir');
fs.symlinkSync(path.join(root, 'node_modules/typescript'), path.join(dir, 'node_modules/typescript'), 'dir');
fs.writeFileSync(
  path.join(dir, 'package.json'),
  JSON.stringify({ name: 'lsp-bench-project', private: true, type: 'module' }),
);
let subject;
let memoised;
let files;
let serviceFile;
let otherFile;
if (RXJS) {
  // rxjs's src/ as compile-rxjs.mjs takes it (its own tsconfig leaves out internal/umd.ts), with
  // rxjs's own settings, plus the service
  const rxjsDir = path.dirname(
    createRequire(path.join(root, 'packages/transformer/package.json')).resolve('rxjs/package.json'),
  );
  const version = JSON.parse(fs.readFileSync(path.join(rxjsDir, 'package.json'), 'utf8')).version;
  fs.cpSync(path.join(rxjsDir, 'src'), path.join(dir, 'src'), {
    recursive: true,
    filter: (f) => !f.endsWith('.js') && !f.endsWith('.json'),
  });
  fs.rmSync(path.join(dir, 'src/internal/umd.ts'));
  fs.writeFileSync(path.join(dir, 'src/render-service.ts'), service(0));
  const compilerOptions = {
    target: 'ES2022',
    module: 'ES2022',
    moduleResolution: 'bundler',
    strict: true,
    noImplicitReturns: true,
    lib: ['esnext', 'dom'],
    types: [],
    skipLibCheck: true,
    rootDir: 'src',
    noEmit: true,
    plugins: [{ transform: '@keyproof/transformer' }],
  };
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src'] }));
  files = fs.readdirSync(path.join(dir, 'src'), { recursive: true }).filter((f) => String(f).endsWith('.ts')).length;
  memoised = 1;
  subject = `rxjs@${version} src + one memoised service (${files} files)`;
  serviceFile = 'src/render-service.ts';
  otherFile = 'src/internal/operators/map.ts';
} else {
  fs.symlinkSync(path.join(root, 'node_modules/@types/node'), path.join(dir, 'node_modules/@types/node'), 'dir');
  const compilerOptions = {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    skipLibCheck: true,
    types: ['node'],
    rootDir: 'src',
    noEmit: true,
    plugins: [{ transform: '@keyproof/transformer' }],
  };
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src'] }));
  memoised = FILES / 10;
  for (let i = 0; i < FILES; i++) {
    const name = `m${String(i).padStart(3, '0')}.ts`;
    const text =
      i < memoised
        ? service(i)
        : `import { helper } from './util.js';
export interface Row${i} { id: number; label: string; tags: readonly string[] }
export class Table${i} {
  private readonly rows = new Map<number, Row${i}>();
  add(row: Row${i}): void { this.rows.set(row.id, row); }
  find(label: string): Row${i} | undefined { return [...this.rows.values()].find((r) => r.label === label); }
  async load(ids: number[]): Promise<Row${i}[]> { return ids.map((id) => ({ id, label: helper(String(id)), tags: [] })); }
}
`;
    fs.writeFileSync(path.join(dir, 'src', name), text);
  }
  fs.writeFileSync(
    path.join(dir, 'src/util.ts'),
    `export function helper(s: string): string { return s.trim(); }\nexport const helper1 = helper;\n`,
  );
  files = FILES + 1;
  subject = `${files} files, ${memoised} memoised`;
  serviceFile = 'src/m000.ts';
  otherFile = 'src/m150.ts';
}

// a minimal LSP client: Content-Length framing, requests by id, diagnostics by (uri, version)
const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
let buffer = Buffer.alloc(0);
let nextId = 1;
const pending = new Map();
const waiting = new Map();
const send = (m) => {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m }));
  child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  child.stdin.write(body);
};
const request = (method, params) =>
  new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, resolve);
    send({ id, method, params });
  });
const published = (uri, version) => new Promise((resolve) => waiting.set(`${uri}#${version}`, resolve));
child.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) return;
    const m = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString());
    buffer = buffer.subarray(end + 4 + length);
    if (m.id !== undefined && m.method === undefined) {
      pending.get(m.id)?.(m.result);
      pending.delete(m.id);
    } else if (m.method === 'textDocument/publishDiagnostics') {
      const key = `${m.params.uri}#${m.params.version}`;
      waiting.get(key)?.({ at: performance.now(), diagnostics: m.params.diagnostics });
      waiting.delete(key);
    } else if (m.id !== undefined) send({ id: m.id, result: null });
  }
});

await request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
send({ method: 'initialized', params: {} });

// the session: the memoised service open, and a plain file of the project
const file = path.join(dir, serviceFile);
const uri = pathToFileURL(file).href;
const other = pathToFileURL(path.join(dir, otherFile)).href;
let text = fs.readFileSync(file, 'utf8');
let version = 1;
const openStart = performance.now();
const opened = published(uri, 1);
send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'typescript', version, text } } });
await opened;
const firstMs = performance.now() - openStart;
send({
  method: 'textDocument/didOpen',
  params: {
    textDocument: {
      uri: other,
      languageId: 'typescript',
      version: 1,
      text: fs.readFileSync(path.join(dir, otherFile), 'utf8'),
    },
  },
});

// a scripted editing session: typing in the body, an exclusion removed and put back (the
// warning comes and goes), a parameter renamed, a character typed and deleted in the docs
const edits = [
  (t) => t.replace('svg: jobId + input.name + format', "svg: jobId + input.name + format + ''"),
  (t) => t.replace("format + ''", 'format'),
  (t) => t.replace('   * @excludeFromKey jobId unique per run\n', ''),
  (t) => t.replace('cache key.\n   */', 'cache key.\n   * @excludeFromKey jobId unique per run\n   */'),
  (t) => t.replace('Render 0.', 'Render 0!'),
  (t) => t.replace('Render 0!', 'Render 0.'),
];
const latencies = [];
let warned = 0;
for (let i = 0; i < EDITS + WARMUP; i++) {
  text = edits[i % edits.length](text);
  version += 1;
  const done = published(uri, version);
  const t0 = performance.now();
  send({ method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ text }] } });
  const { at, diagnostics } = await done;
  if (diagnostics.some((d) => d.code === 91050)) warned += 1;
  if (i >= WARMUP) latencies.push(at - t0);
}
if (warned === 0 || warned === EDITS + WARMUP)
  throw new Error(
    `${warned} of ${EDITS + WARMUP} publications carried the job-ID warning: the session should add and remove it`,
  );
const rssKb = Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? NaN);
await request('shutdown', null);
send({ method: 'exit' });
if (!args.includes('--keep')) fs.rmSync(dir, { recursive: true, force: true });

const sorted = [...latencies].sort((a, b) => a - b);
const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const rows = [
  { name: 'first diagnostics after didOpen (cold: program, types, analysis)', ns: firstMs * 1e6 },
  { name: 'didChange → publishDiagnostics, p50', ns: pct(50) * 1e6 },
  { name: 'didChange → publishDiagnostics, p95', ns: pct(95) * 1e6, ms: pct(95) },
  { name: 'server resident memory after the session', text: `${(rssKb / 1024).toFixed(0)} MiB`, rssKb },
];
emit([
  {
    group: `language server: ${subject}, ${latencies.length} edits after ${WARMUP} warm-up (debounce 50 ms included)`,
    rows,
    notes: [`${warned} of ${EDITS + WARMUP} publications carried the job-ID warning (the session adds and removes it)`],
    raw: { firstMs, latencies, rssKb },
  },
]);
