/**
 * Compile: `tspc` with @keyproof/transformer against plain `tsc` (and `tspc` without the
 * plugin, so ts-patch's own start-up cost is visible) on a generated 300-file project, a
 * tenth with memoised methods and call sites. If the transformer package ships its own
 * compile benchmark (packages/transformer/bench/compile.mjs), run.mjs uses that instead.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emit } from '../lib/child.mjs';
import { median } from '../lib/measure.mjs';
import { generateProject } from '../lib/gen-project.mjs';

const quick = process.argv.includes('--quick');
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.join(ROOT, 'bench/.tmp/compile-project');
const { files, memo } = generateProject(dir, { files: 300, root: ROOT });
const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
const tspc = path.join(ROOT, 'node_modules/ts-patch/bin/tspc.js');

function build(bin, config) {
  fs.rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, '-p', path.join(dir, config)], { cwd: dir, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${path.basename(bin)} -p ${config} failed (${r.status}):\n${r.stdout}${r.stderr}`);
  return ms;
}

const cases = [
  { name: 'floor: tsc (plain)', run: () => build(tsc, 'tsconfig.noplugin.json') },
  { name: 'tspc, no plugin', run: () => build(tspc, 'tsconfig.noplugin.json') },
  { name: 'tspc + @keyproof/transformer', run: () => build(tspc, 'tsconfig.json') },
];
// check the plugin really planned the memoised methods
build(tspc, 'tsconfig.json');
const emitted = fs.readFileSync(path.join(dir, 'dist/m5.js'), 'utf8');
if (!/signature/.test(emitted)) throw new Error('tspc output has no key plan: is the transformer built?');

const rounds = quick ? 1 : 3;
const samples = cases.map(() => []);
for (let r = 0; r < rounds; r++) {
  for (let j = 0; j < cases.length; j++) {
    const i = (j + r) % cases.length;
    samples[i].push(cases[i].run());
  }
}
const rows = cases.map((c, i) => ({
  name: c.name,
  ns: median(samples[i]) * 1e6,
  ratio: median(samples[i].map((x, r) => x / samples[0][r])),
  floor: i === 0,
}));
fs.rmSync(dir, { recursive: true, force: true });
emit([{ group: `compile: ${files} files, ${memo} with memoised methods and call sites (TS 5.9, full build, wall time)`, rows }]);
