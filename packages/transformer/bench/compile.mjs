#!/usr/bin/env node
// Compile-time cost of @keyproof/transformer: `tspc` with the plugin vs plain `tsc` on a
// generated project of ~300 files, a tenth of them with memoised methods and call sites.
// A benchmark, not a test: prints the ratio (median of several runs); `--json` for machines.
//
//   node packages/transformer/bench/compile.mjs [--files 300] [--runs 3] [--json]
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const json = args.includes('--json');
const fileCount = flag('files', 300);
const runs = flag('runs', 3);

if (!fs.existsSync(path.join(root, 'packages/transformer/dist/index.js'))) {
  console.error('packages/transformer/dist is missing: run `npx -y pnpm@10 -C packages/transformer build` first.');
  process.exit(1);
}

// One directory per run: two benchmarks at once must not write into each other's project.
const dir = path.join(root, 'packages/transformer/.tmp', `bench-project-${process.pid}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
fs.mkdirSync(path.join(dir, 'node_modules/@keyproof'), { recursive: true });
fs.mkdirSync(path.join(dir, 'node_modules/@types'), { recursive: true });
fs.symlinkSync(path.join(root, 'packages/runtime'), path.join(dir, 'node_modules/keyproof'), 'dir');
fs.symlinkSync(path.join(root, 'packages/transformer'), path.join(dir, 'node_modules/@keyproof/transformer'), 'dir');
fs.symlinkSync(path.join(root, 'node_modules/typescript'), path.join(dir, 'node_modules/typescript'), 'dir');
fs.symlinkSync(path.join(root, 'node_modules/@types/node'), path.join(dir, 'node_modules/@types/node'), 'dir');
fs.writeFileSync(
  path.join(dir, 'package.json'),
  JSON.stringify({ name: 'bench-project', private: true, type: 'module' }),
);

const base = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  skipLibCheck: true,
  types: ['node'],
  rootDir: 'src',
  declaration: true,
};
fs.writeFileSync(
  path.join(dir, 'tsconfig.plain.json'),
  JSON.stringify({ compilerOptions: { ...base, outDir: 'dist-plain' }, include: ['src'] }),
);
fs.writeFileSync(
  path.join(dir, 'tsconfig.plugin.json'),
  JSON.stringify({
    compilerOptions: { ...base, outDir: 'dist-plugin', plugins: [{ transform: '@keyproof/transformer' }] },
    include: ['src'],
  }),
);

const memoised = Math.max(1, Math.round(fileCount / 10));
for (let i = 0; i < fileCount; i++) {
  const name = `m${String(i).padStart(3, '0')}.ts`;
  if (i < memoised) {
    fs.writeFileSync(
      path.join(dir, 'src', name),
      `import { memoize } from 'keyproof';
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
`,
    );
  } else {
    fs.writeFileSync(
      path.join(dir, 'src', name),
      `import { helper } from './util.js';
export interface Row${i} { id: number; label: string; tags: readonly string[] }
export class Table${i} {
  private readonly rows = new Map<number, Row${i}>();
  add(row: Row${i}): void { this.rows.set(row.id, row); }
  find(label: string): Row${i} | undefined { return [...this.rows.values()].find((r) => r.label === label); }
  async load(ids: number[]): Promise<Row${i}[]> { return ids.map((id) => ({ id, label: helper(String(id)), tags: [] })); }
}
`,
    );
  }
}
fs.writeFileSync(
  path.join(dir, 'src/util.ts'),
  `export function helper(s: string): string { return s.trim(); }\nexport const helper1 = helper;\n`,
);

const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
const tspc = path.join(root, 'node_modules/ts-patch/bin/tspc.js');
const time = (bin, config) => {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [bin, '-p', path.join(dir, config)], { cwd: dir, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${path.basename(bin)} -p ${config} failed (${result.status})`);
  }
  return ms;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

time(tsc, 'tsconfig.plain.json'); // warm the file system cache
const plain = [];
const patched = [];
const plugin = [];
for (let r = 0; r < runs; r++) {
  plain.push(time(tsc, 'tsconfig.plain.json'));
  patched.push(time(tspc, 'tsconfig.plain.json'));
  plugin.push(time(tspc, 'tsconfig.plugin.json'));
}
const emitted = fs.readFileSync(path.join(dir, 'dist-plugin/m000.js'), 'utf8');
if (!emitted.includes('signature:')) throw new Error('the plugin did not emit a plan: the benchmark measured nothing');

// In process, the analyser's share alone (less noisy than whole-process timings on a busy machine).
const require = createRequire(import.meta.url);
const ts = require(path.join(root, 'node_modules/typescript'));
// the analyser itself (internal: the public entry, runAnalysis, adds the keys review)
const { analyseProgram } = require(path.join(root, 'packages/transformer/dist/analyse/analyse-program.js'));
const parsed = ts.getParsedCommandLineOfConfigFile(
  path.join(dir, 'tsconfig.plain.json'),
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
);
let t0 = performance.now();
const program = ts.createProgram(parsed.fileNames, parsed.options);
ts.getPreEmitDiagnostics(program);
program.emit(undefined, () => {});
const compileInProcess = performance.now() - t0;
t0 = performance.now();
const analysis = analyseProgram(program, ts, {});
const analyseInProcess = performance.now() - t0;
if (analysis.plans.length !== memoised) throw new Error(`expected ${memoised} plans, got ${analysis.plans.length}`);

const result = {
  files: fileCount + 1,
  memoisedFiles: memoised,
  runs,
  tscMs: Math.round(median(plain)),
  tspcWithoutPluginMs: Math.round(median(patched)),
  tspcWithPluginMs: Math.round(median(plugin)),
  ratio: Number((median(plugin) / median(plain)).toFixed(2)),
  pluginOnlyRatio: Number((median(plugin) / median(patched)).toFixed(2)),
  inProcess: {
    compileMs: Math.round(compileInProcess),
    analyseMs: Math.round(analyseInProcess),
    share: Number((analyseInProcess / compileInProcess).toFixed(3)),
  },
  typescript: JSON.parse(fs.readFileSync(path.join(root, 'node_modules/typescript/package.json'), 'utf8')).version,
};
fs.rmSync(dir, { recursive: true, force: true });
if (json) console.log(JSON.stringify(result));
else {
  console.log(
    `${result.files} files (${memoised} with memoised methods and call sites), median of ${runs} runs, TypeScript ${result.typescript}`,
  );
  console.log(`  tsc                          ${result.tscMs} ms`);
  console.log(`  tspc, no plugin              ${result.tspcWithoutPluginMs} ms`);
  console.log(`  tspc + @keyproof/transformer ${result.tspcWithPluginMs} ms`);
  console.log(
    `  in process: analyseProgram ${result.inProcess.analyseMs} ms next to ${result.inProcess.compileMs} ms of check + emit (${(result.inProcess.share * 100).toFixed(1)}%)`,
  );
  console.log(
    `  ratio vs tsc                 ${result.ratio}x  (vs tspc without the plugin: ${result.pluginOnlyRatio}x)`,
  );
}
