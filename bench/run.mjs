#!/usr/bin/env node
/**
 * `pnpm bench` (root): runs every case in its own child process (so one library's JIT state
 * cannot leak into another case), then prints one table, or JSON with `--json`.
 *   --quick          fewer rounds (a smoke run, not for publishing)
 *   --only=a,b       run only these cases (key-derivation, warm-hit, miss, tags, stampede, crashed-holder, compile, compile-rxjs, memory, growth, load, lsp, lsp-rxjs)
 *   --soak=SECONDS   length of the growth case's stream (default 60; the issue's soak is 3600)
 *   --write-readme   put the table, the machine and the command into bench/README.md
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { MARK } from './lib/child.mjs';
import { machine } from './lib/machine.mjs';
import { renderTable } from './lib/table.mjs';
import { checkTargets } from './lib/targets.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const argv = process.argv.slice(2);
const json = argv.includes('--json');
const quick = argv.includes('--quick');
const only = argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const log = (s) => process.stderr.write(`${s}\n`);

const CASES = [
  'key-derivation',
  'warm-hit',
  'miss',
  'tags',
  'stampede',
  'crashed-holder',
  'compile',
  'compile-rxjs',
  'memory',
  'growth',
  'load',
  'lsp',
  'lsp-rxjs',
];
/** Cases that are another case's script on another subject. */
const VARIANTS = { 'lsp-rxjs': ['lsp', '--rxjs'] };
/** The transformer's own benchmarks (packages/transformer/bench/): they print JSON with --json. */
const THEIRS = { compile: 'compile.mjs', 'compile-rxjs': 'compile-rxjs.mjs' };

async function runCase(name) {
  const external = THEIRS[name] !== undefined;
  const file = external
    ? path.join(root, 'packages/transformer/bench', THEIRS[name])
    : path.join(here, 'cases', `${VARIANTS[name]?.[0] ?? name}.mjs`);
  const soak = argv.find((a) => a.startsWith('--soak='));
  const args = external
    ? ['--json', ...(quick ? ['--runs', '1'] : [])]
    : [
        ...(VARIANTS[name]?.slice(1) ?? []),
        ...(quick ? ['--quick'] : []),
        ...(name === 'growth' && soak ? [soak] : []),
      ];
  const t0 = Date.now();
  log(`bench: ${name}${external ? ` (packages/transformer/bench/${THEIRS[name]})` : ''} …`);
  // load runs 4 child processes and three stores at a service's scale; compile-rxjs compiles
  // 250 files ten times: they get longer
  const soakSeconds = Number(argv.find((a) => a.startsWith('--soak='))?.slice(7) ?? 60);
  const timeout =
    name === 'growth' ? (2 * soakSeconds + 300) * 1000 : name === 'load' || name === 'compile-rxjs' ? 600_000 : 280_000;
  const { stdout } = await promisify(execFile)(process.execPath, [file, ...args], {
    cwd: root,
    maxBuffer: 64 << 20,
    timeout,
  });
  log(`bench: ${name} done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  if (external) return fromTheirCompile(stdout);
  const line = stdout.split('\n').find((l) => l.startsWith(MARK));
  if (!line) throw new Error(`case ${name} printed no result:\n${stdout}`);
  return JSON.parse(line.slice(MARK.length));
}

/** Their JSON, shown as-is (rows when it has a recognisable shape). */
function fromTheirCompile(stdout) {
  const data = JSON.parse(stdout.slice(stdout.indexOf('{')));
  if (typeof data.subject === 'string' && data.inProcessWithKeyproof) return fromRealCode(data);
  if (typeof data.tscMs === 'number' && typeof data.tspcWithPluginMs === 'number') {
    const rows = [
      { name: 'floor: tsc (plain)', ns: data.tscMs * 1e6, floor: true },
      { name: 'tspc, no plugin', ns: data.tspcWithoutPluginMs * 1e6, ratio: data.tspcWithoutPluginMs / data.tscMs },
      {
        name: 'tspc + @keyproof/transformer',
        ns: data.tspcWithPluginMs * 1e6,
        ratio: data.ratio ?? data.tspcWithPluginMs / data.tscMs,
      },
    ];
    const notes = [];
    if (typeof data.pluginOnlyRatio === 'number')
      notes.push(`plugin only (tspc + plugin / tspc without): ${data.pluginOnlyRatio.toFixed(2)}×`);
    if (data.inProcess)
      notes.push(
        `in process: analyser ${data.inProcess.analyseMs} ms of ${data.inProcess.compileMs} ms compile (${(data.inProcess.share * 100).toFixed(1)}%)`,
      );
    return [
      {
        group: `compile: ${data.files} files, ${data.memoisedFiles} with memoised methods, median of ${data.runs} (packages/transformer/bench/compile.mjs)`,
        rows,
        notes,
        raw: data,
      },
    ];
  }
  const rows = Array.isArray(data.rows)
    ? data.rows
    : Object.entries(data).map(([k, v]) => ({
        name: k,
        text: typeof v === 'number' ? v.toFixed(3) : JSON.stringify(v),
      }));
  return [{ group: 'compile (packages/transformer/bench/compile.mjs)', rows, raw: data }];
}

/** compile-rxjs.mjs: a real codebase, the whole-process ratios and the analysis's share. */
function fromRealCode(data) {
  const pct = (x) => `${(x.share * 100).toFixed(2)}%`;
  const rows = [
    { name: 'floor: tsc (plain)', ns: data.tscMs * 1e6, floor: true },
    { name: 'tspc, no plugin', ns: data.tspcWithoutPluginMs * 1e6, ratio: data.tspcWithoutPluginMs / data.tscMs },
    { name: 'tspc + @keyproof/transformer', ns: data.tspcWithPluginMs * 1e6, ratio: data.ratio },
    { name: 'analysis share, in process (rxjs as is)', text: pct(data.inProcess), share: data.inProcess.share },
    {
      name: 'analysis share, + a memoised service (keyproof loaded)',
      text: pct(data.inProcessWithKeyproof),
      share: data.inProcessWithKeyproof.share,
    },
  ];
  const notes = [
    `plugin only (tspc + plugin / tspc without): ${data.pluginOnlyRatio.toFixed(2)}×`,
    `keyproof diagnostics: ${data.keyproofDiagnostics}; ${data.emittedFiles} emitted files byte-identical to plain tsc's`,
    `in process: analyser ${data.inProcess.analyseMs} ms of ${data.inProcess.compileMs} ms (as is), ${data.inProcessWithKeyproof.analyseMs} ms of ${data.inProcessWithKeyproof.compileMs} ms (keyproof loaded)`,
  ];
  return [
    {
      group: `compile, real code: ${data.subject}, ${data.files} files, TypeScript ${data.typescript}, median of ${data.runs} (packages/transformer/bench/compile-rxjs.mjs)`,
      rows,
      notes,
      raw: data,
    },
  ];
}

const started = Date.now();
const groups = [];
for (const name of CASES.filter((c) => !only || only.includes(c))) {
  try {
    groups.push(...(await runCase(name)));
  } catch (error) {
    log(`bench: ${name} failed: ${error.message}`);
    groups.push({ group: `${name}: FAILED`, rows: [], notes: [String(error.message).split('\n')[0]] });
  }
}
const targets = checkTargets(groups);
const info = machine();
const seconds = Math.round((Date.now() - started) / 1000);

if (json) {
  process.stdout.write(`${JSON.stringify({ machine: info, seconds, quick, groups, targets }, null, 2)}\n`);
} else {
  const table = render(groups, targets);
  process.stdout.write(`${table}\n\n${info.summary}; ${seconds} s${quick ? ' (--quick)' : ''}\n`);
  if (argv.includes('--write-readme')) writeReadme(table, info, seconds);
}

function render(groups, targets) {
  const rows = targets.map((x) => ({ name: `${x.met ? 'met   ' : 'MISSED'} ${x.target}`, text: x.value }));
  // what bounds each missed figure, under the table
  const notes = targets
    .filter((x) => !x.met && x.bound)
    .map((x) => `${x.target.replace(/ ≤ .*$/, '')}: bounded by ${x.bound}`);
  return renderTable([...groups, { group: 'targets', rows, notes }]);
}

function writeReadme(table, info, seconds) {
  const file = path.join(here, 'README.md');
  const text = fs.readFileSync(file, 'utf8');
  const block = [
    '<!-- bench:start -->',
    '```',
    table,
    '```',
    '',
    `Machine: ${info.summary}. Whole run: ${seconds} s.`,
    '<!-- bench:end -->',
  ].join('\n');
  fs.writeFileSync(file, text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block));
  log(`bench: wrote ${path.relative(root, file)}`);
}
