/**
 * A new user's first install, as the README says it (Node 20, TypeScript 5.9 + ts-patch 3.3),
 * with keyproof's own packages from `pnpm pack` tarballs in a fresh npm project: the job-ID
 * scenario builds with `tspc` and runs, a typo'd exclusion fails the build and (noEmitOnError)
 * the JavaScript tspc writes anyway refuses to run, and `keyproof check` passes. sqlite3's native build is skipped
 * (`--ignore-scripts`): the scenario uses the memory store, and that build takes minutes.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../support/project.js';
import { ROOT } from '../support/toolchains.js';

const DIR = path.join(ROOT, 'test/.tmp/fresh-install');
const PACKS = path.join(DIR, 'packs');
const APP = path.join(DIR, 'app');
const run = (cmd: string, args: readonly string[], cwd: string): { code: number; output: string } => {
  try {
    const output = execFileSync(cmd, [...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '', KEYPROOF_STORE: '' },
      timeout: 300_000,
    });
    return { code: 0, output };
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    return { code: e.status ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
};
const tarball = (prefix: string): string => path.join(PACKS, fs.readdirSync(PACKS).find((f) => f.startsWith(prefix))!);

beforeAll(() => {
  assertBuilt();
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(PACKS, { recursive: true });
  fs.mkdirSync(path.join(APP, 'src'), { recursive: true });
  for (const pkg of ['plan', 'runtime', 'transformer', 'cli']) {
    const packed = run('npx', ['-y', 'pnpm@10', 'pack', '--pack-destination', PACKS], path.join(ROOT, 'packages', pkg));
    if (packed.code !== 0) throw new Error(`pnpm pack failed in packages/${pkg}:\n${packed.output}`);
  }
  fs.writeFileSync(
    path.join(APP, 'package.json'),
    JSON.stringify({ name: 'fresh-app', private: true, type: 'module' }, null, 2),
  );
  // the README's minimal tsconfig, verbatim
  fs.writeFileSync(
    path.join(APP, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          skipLibCheck: true,
          types: ['node'],
          outDir: 'dist',
          rootDir: 'src',
          noEmitOnError: true,
          plugins: [{ transform: '@keyproof/transformer' }],
        },
        include: ['src'],
      },
      null,
      2,
    ),
  );
  for (const file of fs.readdirSync(path.join(ROOT, 'test/hosts/scenario/src')))
    fs.copyFileSync(path.join(ROOT, 'test/hosts/scenario/src', file), path.join(APP, 'src', file));
  const npm = ['--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
  // README, Node 20 + TypeScript 5.9: the runtime with Keyv, then the dev dependencies
  for (const args of [
    ['install', ...npm, tarball('keyproof-plan-'), tarball('keyproof-0'), 'keyv@5.6.0'],
    [
      'install',
      '-D',
      ...npm,
      tarball('keyproof-transformer-'),
      tarball('keyproof-cli-'),
      'typescript@5.9.3',
      'ts-patch@3.3.0',
      '@types/node@20.19.43',
    ],
  ]) {
    const installed = run('npm', args, APP);
    if (installed.code !== 0) throw new Error(`npm ${args.join(' ')} failed:\n${installed.output}`);
  }
}, 600_000);

describe('a fresh npm project, installed as the README says', () => {
  it('builds with tspc and runs the job-ID scenario: one upstream call, bytes intact', () => {
    const build = run(process.execPath, ['node_modules/ts-patch/bin/tspc.js', '-p', '.'], APP);
    expect(build.output).toBe('');
    expect(build.code).toBe(0);
    const ran = run(process.execPath, ['dist/main.js'], APP);
    expect(ran.code, ran.output).toBe(0);
    const result = JSON.parse(/KEYPROOF_RESULT (\{.*\})/.exec(ran.output)![1]!) as {
      upstream: { render: number };
      bytesIntact: boolean;
    };
    expect(result).toMatchObject({ upstream: { render: 1, caption: 1 }, bytesIntact: true });
  });

  it('keyproof check passes', () => {
    const check = run(process.execPath, ['node_modules/@keyproof/cli/dist/bin.js', 'check', '-p', '.'], APP);
    expect(check.output).toContain('2 memoised methods planned, no findings');
    expect(check.code).toBe(0);
  });

  it("a typo'd exclusion fails the build with TS91001, and what tspc still wrote refuses to run", () => {
    const file = path.join(APP, 'src/renderer.ts');
    const good = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(
      file,
      good.replace('@excludeFromKey jobId unique per run\n   */', '@excludeFromKey jobid unique per run\n   */'),
    );
    fs.rmSync(path.join(APP, 'dist'), { recursive: true, force: true });
    try {
      const build = run(process.execPath, ['node_modules/ts-patch/bin/tspc.js', '-p', '.'], APP);
      expect(build.code).not.toBe(0);
      expect(build.output).toMatch(
        /src\/renderer\.ts\(\d+,\d+\): error TS91001: \[keyproof\] @excludeFromKey jobid in Renderer\.render/,
      );
      // tsc checks noEmitOnError before plugins run, so JavaScript is written: without plans
      expect(build.output).toContain('carries no key plans');
      if (fs.existsSync(path.join(APP, 'dist/renderer.js')))
        expect(fs.readFileSync(path.join(APP, 'dist/renderer.js'), 'utf8')).not.toContain('signature:');
      const ran = run(process.execPath, ['dist/main.js'], APP);
      expect(ran.code).not.toBe(0);
      expect(ran.output).toMatch(/MissingPlanError|no key plan/);
      expect(ran.output).not.toContain('KEYPROOF_RESULT');
    } finally {
      fs.writeFileSync(file, good);
    }
  });
});
