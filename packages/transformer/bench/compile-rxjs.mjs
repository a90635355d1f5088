#!/usr/bin/env node
// The analyser's cost on real code no one here wrote: rxjs's TypeScript sources (the `src/`
// the rxjs@7.8.2 package ships, 250 files), compiled with `tspc` + @keyproof/transformer vs
// plain `tsc` (same TypeScript, same options), and the analysis's share of an in-process
// compile, twice: rxjs as it is (keyproof is not in the program) and rxjs plus one memoised
// service that imports keyproof (so every rxjs file is searched and every call indexed).
// Fails when the plugin reports anything or changes a byte of the emitted output.
//
//   node packages/transformer/bench/compile-rxjs.mjs [--runs 3] [--json]
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const pkg = path.resolve(here, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const require = createRequire(path.join(pkg, 'package.json'));
const rxjsDir = path.dirname(require.resolve('rxjs/package.json'));
const rxjsVersion = JSON.parse(fs.readFileSync(path.join(rxjsDir, 'package.json'), 'utf8')).version;

if (!fs.existsSync(path.join(pkg, 'dist/index.js'))) {
  console.error('packages/transformer/dist is missing: run `npx -y pnpm@10 -C packages/transformer build` first.');
  process.exit(1);
}

// A copy of rxjs's src/ (its own tsconfig leaves out internal/umd.ts, a script for the UMD bundle).
const dir = path.join(pkg, '.tmp', `bench-rxjs-${process.pid}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.cpSync(path.join(rxjsDir, 'src'), path.join(dir, 'src'), {
  recursive: true,
  filter: (f) => !f.endsWith('.js') && !f.endsWith('.json'),
});
fs.rmSync(path.join(dir, 'src/internal/umd.ts'));
fs.mkdirSync(path.join(dir, 'node_modules/@keyproof'), { recursive: true });
fs.symlinkSync(path.join(root, 'packages/runtime'), path.join(dir, 'node_modules/keyproof'), 'dir');
fs.symlinkSync(pkg, path.join(dir, 'node_modules/@keyproof/transformer'), 'dir');
fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bench-rxjs', private: true, type: 'module' }));

// rxjs's own settings (strict, noImplicitReturns, lib esnext + dom), on a current target.
const base = {
  target: 'ES2022',
  module: 'ES2022',
  moduleResolution: 'bundler',
  strict: true,
  noImplicitReturns: true,
  lib: ['esnext', 'dom'],
  types: [],
  skipLibCheck: true,
  declaration: true,
  rootDir: 'src',
};
const config = (name, extra) =>
  fs.writeFileSync(path.join(dir, name), JSON.stringify({ compilerOptions: { ...base, ...extra }, include: ['src'] }));
config('tsconfig.plain.json', { outDir: 'dist-plain' });
config('tsconfig.plugin.json', { outDir: 'dist-plugin', plugins: [{ transform: '@keyproof/transformer' }] });

const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
const tspc = path.join(root, 'node_modules/ts-patch/bin/tspc.js');
const time = (bin, cfg) => {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [bin, '-p', path.join(dir, cfg)], { cwd: dir, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 || result.stdout.trim() !== '' || result.stderr.trim() !== '') {
    throw new Error(
      `${path.basename(bin)} -p ${cfg} exited ${result.status} or printed something:\n${result.stdout}${result.stderr}`,
    );
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
const outputs = (out) =>
  fs
    .readdirSync(path.join(dir, out), { recursive: true })
    .filter((f) => /\.(js|d\.ts)$/.test(f))
    .sort();
const emitted = outputs('dist-plain');
const differing = emitted.filter(
  (f) => !fs.readFileSync(path.join(dir, 'dist-plain', f)).equals(fs.readFileSync(path.join(dir, 'dist-plugin', f))),
);
if (emitted.length < 400 || differing.length > 0 || outputs('dist-plugin').length !== emitted.length) {
  throw new Error(
    `the plugin changed the output: ${differing.length} of ${emitted.length} files differ (${differing.slice(0, 3).join(', ')})`,
  );
}

// In process: the analysis alone against check + emit (less noisy than whole processes).
const ts = require(path.join(root, 'node_modules/typescript'));
// the analyser itself (internal: the public entry, runAnalysis, adds the keys review)
const { analyseProgram } = require(path.join(pkg, 'dist/analyse/analyse-program.js'));
const SERVICE = `import { memoize } from 'keyproof';
import { firstValueFrom, from, map } from './index';
export class QuoteService {
  @memoize({ version: 'v1' })
  async quote(symbol: string, currency = 'EUR'): Promise<number> {
    return firstValueFrom(from([symbol.length]).pipe(map((n) => (currency === 'EUR' ? n : n * 2))));
  }
}
export const quoteOf = (service: QuoteService, symbol: string): Promise<number> => service.quote(symbol);
`;
const inProcess = (withService) => {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(dir, 'tsconfig.plain.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  const servicePath = path.join(dir, 'src/quote-service.ts');
  const host = ts.createCompilerHost(parsed.options);
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseAll; // as tspc with the plugin does (parseAllJsDoc)
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, ...rest) =>
    name === servicePath ? ts.createSourceFile(name, SERVICE, ts.ScriptTarget.ES2022, true) : read(name, ...rest);
  let t0 = performance.now();
  const program = ts.createProgram(
    withService ? [...parsed.fileNames, servicePath] : parsed.fileNames,
    parsed.options,
    host,
  );
  const errors = ts.getPreEmitDiagnostics(program).length;
  program.emit(undefined, () => {});
  const compileMs = performance.now() - t0;
  t0 = performance.now();
  const analysis = analyseProgram(program, ts, {});
  const analyseMs = performance.now() - t0;
  const expected = withService ? 1 : 0;
  if (errors > 0 || analysis.diagnostics.length > 0 || analysis.plans.length !== expected) {
    throw new Error(
      `in process (${withService ? 'with' : 'without'} the service): ${errors} TypeScript errors, ${analysis.diagnostics.length} keyproof diagnostics, ${analysis.plans.length} plans (expected ${expected})`,
    );
  }
  return {
    compileMs: Math.round(compileMs),
    analyseMs: Math.round(analyseMs),
    share: Number((analyseMs / compileMs).toFixed(4)),
  };
};
const asIs = inProcess(false);
const withKeyproof = inProcess(true);

const result = {
  subject: `rxjs@${rxjsVersion} src/`,
  files: parsed().length,
  emittedFiles: emitted.length,
  runs,
  tscMs: Math.round(median(plain)),
  tspcWithoutPluginMs: Math.round(median(patched)),
  tspcWithPluginMs: Math.round(median(plugin)),
  ratio: Number((median(plugin) / median(plain)).toFixed(2)),
  pluginOnlyRatio: Number((median(plugin) / median(patched)).toFixed(2)),
  byteIdentical: true,
  keyproofDiagnostics: 0,
  inProcess: asIs,
  inProcessWithKeyproof: withKeyproof,
  typescript: ts.version,
};
fs.rmSync(dir, { recursive: true, force: true });

function parsed() {
  return fs.readdirSync(path.join(dir, 'src'), { recursive: true }).filter((f) => f.endsWith('.ts'));
}

if (json) console.log(JSON.stringify(result));
else {
  const pct = (x) => `${(x.share * 100).toFixed(2)}%`;
  console.log(`${result.subject}: ${result.files} files, median of ${runs} runs, TypeScript ${result.typescript}`);
  console.log(`  tsc                          ${result.tscMs} ms`);
  console.log(`  tspc, no plugin              ${result.tspcWithoutPluginMs} ms`);
  console.log(
    `  tspc + @keyproof/transformer ${result.tspcWithPluginMs} ms  (0 keyproof diagnostics, ${emitted.length} emitted files byte-identical)`,
  );
  console.log(
    `  ratio vs tsc                 ${result.ratio}x  (vs tspc without the plugin: ${result.pluginOnlyRatio}x)`,
  );
  console.log(
    `  in process, rxjs as is: analyseProgram ${asIs.analyseMs} ms of ${asIs.compileMs} ms check + emit (${pct(asIs)})`,
  );
  console.log(
    `  in process, + one memoised service importing keyproof: ${withKeyproof.analyseMs} ms of ${withKeyproof.compileMs} ms (${pct(withKeyproof)})`,
  );
}
