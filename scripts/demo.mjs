#!/usr/bin/env node
/**
 * pnpm demo: build both examples with tspc, run them against a fresh embedded SQLite store,
 * show what the paid APIs were asked (counted at their fake servers), show the build
 * rejecting the wrong variant, then `keyproof stats`. Exits 1 if any expectation fails.
 *
 * Working directory: .tmp/demo under the repository (recreated on every run); the store is
 * the runtime's default there, .tmp/demo/.keyproof/cache.sqlite.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'packages/cli/dist/bin.js');
const LOGO = join(ROOT, 'examples/logo-pipeline');
const CONTENT = join(ROOT, 'examples/content-cache');
const WORK = join(ROOT, '.tmp/demo');

const failures = [];
let checks = 0;

function expect(condition, what) {
  checks++;
  console.log(`  ${condition ? '✓' : '✗'} ${what}`);
  if (!condition) failures.push(what);
}

function heading(text) {
  console.log(`\n== ${text} ${'='.repeat(Math.max(0, 86 - text.length))}`);
}

function indent(text, prefix = '    ') {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => (l ? prefix + l : ''))
    .join('\n');
}

/** A child process, asynchronously (the fake APIs live in this process and must keep answering). */
function node(args, { cwd = WORK } = {}) {
  const env = { ...process.env };
  delete env.KEYPROOF_STORE; // the demo uses the default store under its working directory
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

async function json(args) {
  const r = await node(args);
  if (r.code !== 0)
    throw new Error(`node ${args.map((a) => relative(ROOT, a) || a).join(' ')} failed (${r.code}):\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** The example's own tspc: ts-patch 3.3 with TypeScript 5.9 (its devDependencies). */
function tspc(example, tsconfig) {
  return node([join(example, 'node_modules/ts-patch/bin/tspc.js'), '-p', join(example, tsconfig)], { cwd: example });
}

async function build(example, tsconfig, mode) {
  const r = await tspc(example, tsconfig);
  expect(r.code === 0, `tspc -p ${relative(ROOT, join(example, tsconfig))} (${mode}) exits 0`);
  if (r.code !== 0) console.log(indent(r.stdout + r.stderr));
  return r.code === 0;
}

async function logoPipeline() {
  heading('logo pipeline: the job-ID story (TC39 decorators, JSDoc @excludeFromKey)');
  const { startFakeImageApi } = await import(join(LOGO, 'dist/fake-image-api.js'));
  const api = await startFakeImageApi(0.04);
  console.log(`  fake image API on ${api.url}, ${api.pricePerCall} per call`);
  const source = join(WORK, 'acme-sketch.png');
  writeFileSync(source, randomBytes(4096));
  const jobs = (ids, extra = []) =>
    json([
      join(LOGO, 'dist/run-jobs.js'),
      '--api',
      api.url,
      '--source',
      source,
      '--jobs-dir',
      join(WORK, 'jobs'),
      '--name',
      'Acme Bakery',
      ...extra,
      ...ids,
    ]);
  try {
    const a = await jobs(['job-4f2c81']);
    console.log(`  process 1: job-4f2c81 → ${relative(WORK, a.jobs[0].imageFile)}   API calls so far: ${api.calls}`);
    const b = await jobs(['job-9b7d02']);
    console.log(`  process 2: job-9b7d02 → ${relative(WORK, b.jobs[0].imageFile)}   API calls so far: ${api.calls}`);
    const bytesA = readFileSync(a.jobs[0].imageFile);
    const bytesB = readFileSync(b.jobs[0].imageFile);
    expect(api.calls === 1, 'two jobs with different job IDs and identical inputs: 1 upstream call at the API server');
    expect(a.jobs[0].imageFile !== b.jobs[0].imageFile, 'each job wrote its own file');
    expect(
      bytesA.equals(bytesB),
      `the second job's image is byte-identical to the first (${bytesA.length} bytes, served from the cache)`,
    );
    const stats = b.keyproof.find((m) => m.id === 'LogoService.generate');
    expect(stats?.hits === 1 && stats?.upstreamCalls === 0, 'process 2 recorded a hit and no upstream call');
    const c = await jobs(['job-c1d0e5'], ['--colors', '#000000,#ffd700']);
    console.log(
      `  process 3: job-c1d0e5 with other colours → ${relative(WORK, c.jobs[0].imageFile)}   API calls so far: ${api.calls}`,
    );
    expect(api.calls === 2, 'other colours shape the image: a new upstream call');
    console.log(
      `  spent at the API: ${api.spent.toFixed(2)} for 3 jobs (without the cache: ${(3 * api.pricePerCall).toFixed(2)})`,
    );
  } finally {
    await api.close();
  }
}

async function wrongVariant() {
  heading('the wrong variant: an excluded job ID that still reaches the key');
  console.log(`  $ tspc -p examples/logo-pipeline/tsconfig.wrong.json`);
  const r = await tspc(LOGO, 'tsconfig.wrong.json');
  console.log(indent(r.stdout + r.stderr));
  console.log(`  (exit code ${r.code})`);
  expect(r.code !== 0, 'the build of the wrong variant fails (non-zero exit)');
  expect(/error TS91010/.test(r.stdout), 'TS91010: a key parameter default reads the excluded jobId');
  expect(/error TS91012/.test(r.stdout), 'TS91012: a call site passes jobId into a key position');
  console.log(
    `\n  $ keyproof check -p examples/logo-pipeline/tsconfig.wrong.json   (the same analysis without emitting; the CI / TypeScript 7 path)`,
  );
  const check = await node([CLI, 'check', '-p', join(LOGO, 'tsconfig.wrong.json')], { cwd: LOGO });
  console.log(indent(check.stdout + check.stderr));
  expect(check.code === 1 && /error KP91010/.test(check.stdout), 'keyproof check reports the same errors and exits 1');
}

async function contentCache() {
  heading('content cache: keys are content (experimentalDecorators, @cacheKey parameters)');
  const { startFakeVisionApi } = await import(join(CONTENT, 'dist/fake-vision-api.js'));
  const api = await startFakeVisionApi();
  console.log(`  fake vision API on ${api.url}`);
  const run = (...args) => json([join(CONTENT, 'dist/run.js'), ...args]);
  try {
    const photo = join(WORK, 'stock-mug.jpg');
    writeFileSync(photo, randomBytes(16384));
    const uploads = await run('photos', '--api', api.url, '--photo', photo, '--users', '10');
    const names = uploads.uploads.map((u) => `${u.userId}/${u.fileName}`);
    console.log(
      `  10 uploads of one stock photo (${names[0]} … ${names[9]}): "${uploads.uploads[0].description.caption}"`,
    );
    expect(
      api.usage().calls.describe === 1,
      'ten users, same bytes, ten file names: 1 describe call at the API server',
    );

    const texts = ['My order arrived LATE', '  my order   arrived late ', 'My Order Arrived Late'];
    await run('classify', '--api', api.url, '--model', 'clf-2024-06', ...texts);
    console.log(`  classify ${texts.map((t) => JSON.stringify(t)).join(', ')} with clf-2024-06`);
    expect(api.usage().calls.classify === 1, 'three spellings of one message, normalised: 1 classify call');

    const v2 = await run('classify', '--api', api.url, '--model', 'clf-2025-01', texts[0]);
    const v1 = await run('classify', '--api', api.url, '--model', 'clf-2024-06', texts[0]);
    console.log(
      `  migration: clf-2025-01 says ${v2.labels[0].label} @ ${v2.labels[0].confidence}, clf-2024-06 still says ${v1.labels[0].label} @ ${v1.labels[0].confidence}`,
    );
    const usage = api.usage();
    expect(
      usage.byModel['classify clf-2025-01'] === 1 && usage.byModel['classify clf-2024-06'] === 1,
      'two model versions, two entries side by side: each model called once',
    );
    console.log(`  invoice at the API: ${JSON.stringify(usage.calls)}, spent ${usage.spent.toFixed(3)}`);
    const report = await node([join(CONTENT, 'dist/run.js'), 'report']);
    console.log(indent(report.stdout));
    expect(
      /PhotoDescriber\.describe\s+10 calls\s+9 hits\s+1 paid calls\s+saved 0\.090/.test(report.stdout),
      'savings report: 9 photo calls avoided, 0.090 saved',
    );
  } finally {
    await api.close();
  }
}

async function cliStats() {
  heading('keyproof stats (the same SQLite file, read by the CLI)');
  console.log(`  $ cd ${relative(ROOT, WORK)} && keyproof stats`);
  const r = await node([CLI, 'stats']);
  console.log(indent(r.stdout + r.stderr));
  expect(r.code === 0, 'keyproof stats exits 0');
  const j = JSON.parse((await node([CLI, 'stats', '--json'])).stdout);
  const logo = j.methods.find((m) => m.id === 'LogoService.generate');
  expect(
    logo?.hits === 1 && logo?.upstreamCalls === 2 && Math.abs(logo.saved - 0.04) < 1e-9,
    'stats: LogoService.generate 1 hit, 2 upstream calls, 0.04 saved',
  );
  console.log(`\n  $ keyproof explain LogoService.generate`);
  const e = await node([CLI, 'explain', 'LogoService.generate', '--entries', '3']);
  console.log(indent(e.stdout + e.stderr));
  expect(
    /jobId \(parameter 1\): unique per run/.test(e.stdout) &&
      /sourceBytes \(parameter 7\): identity already captured by sourceHash/.test(e.stdout),
    'explain shows both exclusions and their reasons',
  );
}

async function main() {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  // its own project: the default store sits next to the nearest package.json, so without this
  // one it would be the workspace's .keyproof/ and a second demo would read the first one's figures
  writeFileSync(
    join(WORK, 'package.json'),
    `${JSON.stringify({ name: 'keyproof-demo', private: true, type: 'module' }, null, 2)}\n`,
  );
  console.log(
    `keyproof demo: working directory ${relative(ROOT, WORK)}, store ${relative(ROOT, join(WORK, '.keyproof/cache.sqlite'))} (fresh)`,
  );
  heading('build the examples with tspc + @keyproof/transformer');
  const built = [
    await build(LOGO, 'tsconfig.json', 'TC39 decorators'),
    await build(CONTENT, 'tsconfig.json', 'experimentalDecorators'),
  ];
  if (built.every(Boolean)) {
    await logoPipeline();
    await wrongVariant();
    await contentCache();
    await cliStats();
  }
  heading(
    failures.length === 0 ? `all ${checks} expectations held` : `${failures.length} of ${checks} expectations FAILED`,
  );
  for (const f of failures) console.log(`  ✗ ${f}`);
  process.exitCode = failures.length === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(`demo failed: ${error.stack ?? error}`);
  process.exitCode = 1;
});
