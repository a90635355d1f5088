/**
 * A new user's first hour, from the root README: in an empty folder, the "Getting started"
 * section is extracted from README.md and executed step by step (`npm init -y`,
 * `npx @keyproof/cli init --install`, the source file, `tspc`, two runs, `keyproof stats`).
 * keyproof's packages come from `pnpm pack` tarballs, served by a small local registry that
 * answers for `keyproof` and `@keyproof/*` and passes every other package through to the
 * configured npm registry, so `npx` and `init --install` run exactly as the README says.
 * Then the usual mistakes give their documented messages: the job ID in the key fails the
 * build with TS91020 (and what tspc still wrote refuses to run), and a `"type": "commonjs"`
 * package fails with TS1309 until `keyproof init` sets `"type": "module"` again.
 * sqlite3's native module is installed as npm installs it, from a prebuilt binary: the registry
 * also serves, as sqlite3's binary host mirror (`npm_config_sqlite3_binary_host`, read by
 * prebuild-install), the binary the workspace built, since GitHub's release downloads are not
 * reachable here and two builds from source take longer than the test may. npm's cache is a
 * fresh folder, so no earlier `npx @keyproof/cli` is reused.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../support/project.js';
import { ROOT } from '../support/toolchains.js';

const DIR = path.join(ROOT, 'test/.tmp/first-hour');
const PACKS = path.join(DIR, 'packs');
const APP = path.join(DIR, 'app');
const SQLITE3 = path.join(ROOT, 'node_modules/.pnpm/sqlite3@5.1.7/node_modules/sqlite3');

/** One step of the README's block: a shell line, or a file to write. */
type Step = { readonly run: string } | { readonly write: string; readonly text: string };

/** The README's "Getting started": its shell lines and its source file, in order. */
function gettingStarted(): Step[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = /^## Getting started\n([\s\S]*?)^## /m.exec(readme)![1]!;
  const steps: Step[] = [];
  for (const block of section.matchAll(/^```(\w+)\n([\s\S]*?)^```/gm)) {
    const [, lang, body] = block;
    if (lang === 'sh') {
      for (const line of body!.split('\n'))
        if (line.trim() && !line.trim().startsWith('#')) steps.push({ run: line.replace(/\s+#.*$/, '') });
    } else if (lang === 'ts') {
      const before = section.slice(0, block.index);
      const file = [...before.matchAll(/write `([^`]+\.ts)`/g)].at(-1)?.[1];
      if (!file) throw new Error('README: the getting-started source block has no "write `FILE`" before it');
      steps.push({ write: file, text: body! });
    }
  }
  return steps;
}

/** npm and node for a new user: none of the test runner's pnpm/npm settings, npx's default of yes off a TTY. */
function userEnv(registry: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^(npm_|pnpm_|NODE_OPTIONS$|KEYPROOF_|VITEST|INIT_CWD)/i.test(k)) env[k] = v;
  return {
    ...env,
    npm_config_registry: registry,
    npm_config_cache: path.join(DIR, 'npm-cache'),
    npm_config_sqlite3_binary_host: `${registry}-/prebuilds`,
    npm_config_yes: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'error',
  };
}

let env: NodeJS.ProcessEnv;
/** A shell line in the project, as a user types it (asynchronous: the registry answers from this process). */
function sh(line: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', line], { cwd: APP, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** A registry for keyproof's tarballs; every other package is fetched from `upstream`. */
async function startRegistry(upstream: string): Promise<{ url: string; server: Server }> {
  const local = new Map<
    string,
    { version: string; manifest: Record<string, unknown>; file: string; integrity: string; shasum: string }
  >();
  for (const file of fs.readdirSync(PACKS).filter((f) => f.endsWith('.tgz'))) {
    const tgz = path.join(PACKS, file);
    const manifest = JSON.parse(
      execFileSync('tar', ['-xzOf', tgz, 'package/package.json'], { encoding: 'utf8' }),
    ) as Record<string, unknown> & { name: string; version: string };
    const bytes = fs.readFileSync(tgz);
    local.set(manifest.name, {
      version: manifest.version,
      manifest,
      file,
      integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
      shasum: createHash('sha1').update(bytes).digest('hex'),
    });
  }
  let base = '';
  const server = createServer((req, res) => {
    void (async () => {
      const url = req.url ?? '/';
      if (url.startsWith('/-/prebuilds/')) {
        // sqlite3-v5.1.7-napi-v6-linux-x64.tar.gz, as prebuild-install asks its binary host
        res
          .writeHead(200, { 'content-type': 'application/gzip' })
          .end(fs.readFileSync(path.join(DIR, 'sqlite3-prebuild.tar.gz')));
        return;
      }
      if (url.startsWith('/-/tarballs/')) {
        res
          .writeHead(200, { 'content-type': 'application/octet-stream' })
          .end(fs.readFileSync(path.join(PACKS, path.basename(url))));
        return;
      }
      const name = decodeURIComponent(url.slice(1).split('?')[0]!);
      const pkg = local.get(name);
      if (pkg) {
        const version = {
          ...pkg.manifest,
          _id: `${name}@${pkg.version}`,
          dist: { tarball: `${base}/-/tarballs/${pkg.file}`, integrity: pkg.integrity, shasum: pkg.shasum },
        };
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ name, 'dist-tags': { latest: pkg.version }, versions: { [pkg.version]: version } }));
        return;
      }
      const answer = await fetch(new URL(url.slice(1), upstream), {
        headers: { accept: req.headers.accept ?? 'application/json' },
      });
      res
        .writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' })
        .end(Buffer.from(await answer.arrayBuffer()));
    })().catch((error: unknown) => res.writeHead(502).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: `${base}/`, server };
}

let registry: { url: string; server: Server };
const walked: Array<{ step: string; code: number; output: string }> = [];

beforeAll(async () => {
  assertBuilt();
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(PACKS, { recursive: true });
  fs.mkdirSync(APP, { recursive: true });
  for (const pkg of ['plan', 'runtime', 'transformer', 'cli']) {
    execFileSync('npx', ['-y', 'pnpm@10', 'pack', '--pack-destination', PACKS], {
      cwd: path.join(ROOT, 'packages', pkg),
      stdio: 'ignore',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
  }
  execFileSync('tar', [
    '-czf',
    path.join(DIR, 'sqlite3-prebuild.tar.gz'),
    '-C',
    SQLITE3,
    'build/Release/node_sqlite3.node',
  ]);
  const upstream =
    execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim() || 'https://registry.npmjs.org/';
  registry = await startRegistry(upstream.endsWith('/') ? upstream : `${upstream}/`);
  env = userEnv(registry.url);
  for (const step of gettingStarted()) {
    if ('write' in step) {
      fs.mkdirSync(path.dirname(path.join(APP, step.write)), { recursive: true });
      fs.writeFileSync(path.join(APP, step.write), step.text);
      walked.push({ step: `write ${step.write}`, code: 0, output: '' });
      continue;
    }
    const ran = await sh(step.run);
    walked.push({ step: step.run, ...ran });
    if (ran.code !== 0) break; // the rest depends on it; the test below shows which step failed
  }
}, 900_000);

afterAll(() => new Promise<void>((resolve) => (registry ? registry.server.close(() => resolve()) : resolve())));

const output = (prefix: string): string[] => walked.filter((w) => w.step.startsWith(prefix)).map((w) => w.output);

describe("the README's getting started, in a fresh npm project from packed tarballs", () => {
  it('runs every step of the block verbatim, each exiting 0', () => {
    expect(walked.map((w) => w.step)).toEqual(
      expect.arrayContaining([
        'npm init -y',
        'npx @keyproof/cli init --install',
        'write src/summarise.ts',
        'npx keyproof stats',
      ]),
    );
    for (const w of walked) expect(w.code, `${w.step}\n${w.output}`).toBe(0);
  });

  it('init set the project up: the plugin, "type": "module", .keyproof/ ignored, pinned packages installed', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(APP, 'package.json'), 'utf8')) as {
      type: string;
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.type).toBe('module');
    expect(pkg.dependencies).toMatchObject({ keyproof: '0.1.0', keyv: '5.6.0' });
    expect(pkg.devDependencies).toMatchObject({
      '@keyproof/transformer': '0.1.0',
      '@keyproof/cli': '0.1.0',
      'ts-patch': expect.any(String),
      typescript: expect.any(String),
    });
    expect(fs.readFileSync(path.join(APP, 'tsconfig.json'), 'utf8')).toContain('@keyproof/transformer');
    expect(fs.readFileSync(path.join(APP, '.gitignore'), 'utf8').split('\n')).toContain('.keyproof/');
  });

  it('the first run calls the paid API, the second is a hit, and keyproof stats says so', () => {
    const [first, second] = output('node dist/summarise.js');
    expect(first).toContain('calling the paid API');
    expect(first).toContain('Caches fail open.');
    expect(second).toContain('Caches fail open.');
    expect(second).not.toContain('calling the paid API');
    expect(fs.existsSync(path.join(APP, '.keyproof/cache.sqlite'))).toBe(true);
    const [stats] = output('npx keyproof stats');
    expect(stats).toMatch(/Summariser\.summarise\s+v1\s+1\s+2\s+1\s+1\s+50\.0%/);
    expect(stats).toContain('Total: 2 calls, 1 hit, 1 upstream call, 1 avoided, 0.01 saved');
  });
});

describe('the usual mistakes give the documented messages', () => {
  it('the job ID in the key (the @excludeFromKey line deleted): TS91020, and the JavaScript written anyway refuses to run', async () => {
    const file = path.join(APP, 'src/summarise.ts');
    const good = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, good.replace(/^.*@excludeFromKey.*\n/m, ''));
    try {
      const build = await sh('npx tspc -p .');
      expect(build.code).not.toBe(0);
      expect(build.output).toMatch(/src\/summarise\.ts\(\d+,\d+\): error TS91020: \[keyproof\] .*randomUUID\(\)/);
      const ran = await sh('node dist/summarise.js');
      expect(ran.code).not.toBe(0);
      expect(ran.output).toContain('MissingPlanError');
      expect(ran.output).not.toContain('calling the paid API');
    } finally {
      fs.writeFileSync(file, good);
    }
  });

  it('"type": "commonjs" (what npm init -y writes): TS1309 names it, and keyproof init sets "type": "module" again', async () => {
    const file = path.join(APP, 'package.json');
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(file, JSON.stringify({ ...pkg, type: 'commonjs' }, null, 2));
    const build = await sh('npx tspc -p .');
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('error TS1309');
    const init = await sh('npx keyproof init');
    expect(init.code, init.output).toBe(0);
    expect(init.output).toMatch(/Edited package\.json: .*"type": "module"/);
    expect((await sh('npx tspc -p .')).code).toBe(0);
  });
});
