/**
 * `keyproof init` in fresh npm projects, one per host, each made by writing the files a new
 * project has (package.json, lockfile, host config): the built CLI runs as a child process in
 * the project (nothing is installed: no --install, no network), and the test reads back every
 * file it wrote. A second run changes nothing; --dry-run writes nothing.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { runCli as runAnyCli } from './run-cli.js';

/**
 * As a new user runs it: `npx @keyproof/cli init`, whose npm tells the command which package
 * manager runs it. The test runner's own (pnpm under `pnpm test`) must not leak into the
 * detection; a project's lockfile or `packageManager` field still wins over this.
 */
const NPX = { npm_config_user_agent: 'npm/11.6.2 node/v20.20.2 linux x64 workspaces/false' };
const runCli = (args: readonly string[], options: { cwd: string }) => runAnyCli(args, { ...options, env: NPX });

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'keyproof-init-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
const files = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const json = (dir: string, file: string) => {
  const parsed = ts.parseConfigFileTextToJson(file, read(dir, file));
  expect(parsed.error).toBeUndefined();
  // biome-ignore lint/suspicious/noExplicitAny: the parsed JSON, read by the assertions
  return parsed.config as Record<string, any>;
};
/** `npm init -y` on npm 11: what the new user started from. */
const npmInit = (extra: Record<string, unknown> = {}) =>
  `${JSON.stringify({ name: 'app', version: '1.0.0', main: 'index.js', type: 'commonjs', scripts: { test: 'echo "Error: no test specified" && exit 1' }, ...extra }, null, 2)}\n`;

async function initTwice(dir: string) {
  const first = await runCli(['init'], { cwd: dir });
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  const snapshot = Object.fromEntries(files(dir).map((f) => [f, read(dir, f)]));
  const second = await runCli(['init'], { cwd: dir });
  expect(second.code).toBe(0);
  expect(second.stdout).toContain('Nothing to change');
  expect(Object.fromEntries(files(dir).map((f) => [f, read(dir, f)]))).toEqual(snapshot);
  return first.stdout;
}

describe('keyproof init', () => {
  it('--json reports what it detected and would change as one object, and --dry-run still writes nothing', async () => {
    const dir = project({ 'package.json': npmInit() });
    const run = await runCli(['init', '--dry-run', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      hosts: string[];
      dryRun: boolean;
      changes: Array<{ file: string; created: boolean; written: boolean }>;
      install: { commands: string[]; ran: boolean };
    };
    expect(report).toMatchObject({ hosts: ['tspc'], dryRun: true, install: { ran: false } });
    expect(
      report.install.commands.some((c) => c.startsWith('npm install -D --save-exact @keyproof/transformer@')),
    ).toBe(true);
    expect(report.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'tsconfig.json', created: true, written: false }),
        expect.objectContaining({ file: 'package.json', created: false }),
      ]),
    );
    expect(files(dir)).toEqual(['package.json']);
  });

  it('tspc, a fresh `npm init -y` project without a tsconfig: the README tsconfig, "type": "module", .gitignore, the Node line', async () => {
    const dir = project({ 'package.json': npmInit() });
    const out = await initTwice(dir);
    expect(out).toContain('host: tspc');
    const major = Number(process.versions.node.split('.')[0]);
    const minor = Number(process.versions.node.split('.')[1]);
    const ts =
      major > 22 || (major === 22 && minor >= 15)
        ? 'typescript@6.0.3 ts-patch@4.0.1'
        : 'typescript@5.9.3 ts-patch@3.3.0';
    expect(out).toContain(`npm install -D --save-exact @keyproof/transformer@0.1.0 @keyproof/cli@0.1.0 ${ts}`);
    expect(out).toContain('npm install --save-exact keyproof@0.1.0 keyv@5.6.0');
    const tsconfig = json(dir, 'tsconfig.json');
    expect(tsconfig.compilerOptions).toMatchObject({
      module: 'NodeNext',
      noEmitOnError: true,
      plugins: [{ transform: '@keyproof/transformer' }],
    });
    expect(tsconfig.compilerOptions.experimentalDecorators).toBeUndefined();
    expect(JSON.parse(read(dir, 'package.json'))).toMatchObject({ name: 'app', type: 'module', main: 'index.js' });
    expect(read(dir, '.gitignore').split('\n')).toContain('.keyproof/');
  });

  it('tspc with a commented tsconfig in legacy-decorator mode: comments, order and experimentalDecorators stay; pnpm from the lockfile', async () => {
    const tsconfig = `{
  // compiler settings, commented as users do
  "compilerOptions": {
    "target": "ES2022",
    "module": "NodeNext", /* ES modules */
    "experimentalDecorators": true,
    "plugins": [{ "name": "some-language-service-plugin" }],
    "noEmitOnError": false, // to be turned on
    "strict": true // last one, trailing comment
  },
  "include": ["src"],
}
`;
    const dir = project({
      'package.json': npmInit({ devDependencies: { typescript: '5.9.3' }, scripts: { build: 'tsc -p .' } }),
      'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
      'tsconfig.json': tsconfig,
      '.gitignore': 'node_modules\ndist',
      'src/main.ts': 'export const x = 1;\n',
    });
    const out = await initTwice(dir);
    expect(out).toContain('package manager pnpm (pnpm-lock.yaml)');
    expect(out).toContain('pnpm add -D -E @keyproof/transformer@0.1.0 @keyproof/cli@0.1.0 ts-patch@');
    expect(out).toContain('decorators: legacy (experimentalDecorators), kept');
    const after = read(dir, 'tsconfig.json');
    expect(after).toContain('// compiler settings, commented as users do');
    expect(after).toContain('"module": "NodeNext", /* ES modules */');
    expect(after).toContain('"strict": true // last one, trailing comment');
    expect(after).toContain(
      '"plugins": [{ "name": "some-language-service-plugin" }, { "transform": "@keyproof/transformer" }]',
    );
    expect(after).toContain('"noEmitOnError": true, // to be turned on');
    expect(json(dir, 'tsconfig.json').compilerOptions.experimentalDecorators).toBe(true);
    expect(read(dir, '.gitignore')).toMatch(/^node_modules\ndist\n(# .*\n)?\.keyproof\/\n$/);
  });

  it('--dry-run prints the edits as - / + lines and writes nothing', async () => {
    const files = {
      'package.json': npmInit(),
      'tsconfig.json': '{\n  "compilerOptions": {\n    "module": "NodeNext"\n  }\n}\n',
    };
    const dir = project(files);
    const run = await runCli(['init', '--dry-run'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Would edit tsconfig.json');
    expect(run.stdout).toContain('  +     "noEmitOnError": true');
    expect(run.stdout).toContain('  -   "type": "commonjs",');
    expect(run.stdout).toContain('  +   "type": "module",');
    expect(run.stdout).toContain('Would create .gitignore');
    expect(readdirSync(dir).sort()).toEqual(['package.json', 'tsconfig.json']);
    for (const [name, text] of Object.entries(files)) expect(read(dir, name)).toBe(text);
  });

  it('a CommonJS source keeps "type" as it is, and says why', async () => {
    const dir = project({ 'package.json': npmInit(), 'src/legacy.js': "module.exports = require('./x');\n" });
    const out = await initTwice(dir);
    expect(out).toContain('package.json "type" left as "commonjs": src/legacy.js is CommonJS');
    expect(JSON.parse(read(dir, 'package.json')).type).toBe('commonjs');
    // an ES module that makes its own require() is not CommonJS
    const esm = project({
      'package.json': npmInit(),
      'src/load.ts':
        "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nexport const x = require('./x.json');\n",
    });
    await initTwice(esm);
    expect(JSON.parse(read(esm, 'package.json')).type).toBe('module');
  });

  it('TypeScript 7: no ts-patch, the keyproof-plan build, noEmitOnError but no tspc plugin', async () => {
    const dir = project({
      'package.json': npmInit({
        type: 'module',
        devDependencies: { typescript: '^7.0.2' },
        scripts: { build: 'tsc -p .' },
      }),
      'package-lock.json': '{}\n',
      'tsconfig.json': '{ "compilerOptions": { "module": "NodeNext", "strict": true } }\n',
    });
    const out = await initTwice(dir);
    expect(out).toContain('host: typescript7');
    expect(out).toContain(
      'npm install -D --save-exact @keyproof/transformer@0.1.0 @keyproof/cli@0.1.0 @types/node@20.19.43',
    );
    expect(out).not.toContain('ts-patch');
    expect(out).toContain('tsc -p . && keyproof-plan -p .');
    expect(json(dir, 'tsconfig.json').compilerOptions).toEqual({
      module: 'NodeNext',
      strict: true,
      noEmitOnError: true,
    });
  });

  it('Vite/Vitest (yarn): the vite plugin line, no tsconfig plugin, no ts-patch', async () => {
    const dir = project({
      'package.json': npmInit({ type: 'module', devDependencies: { vitest: '4.1.0', typescript: '5.9.3' } }),
      'yarn.lock': '# yarn lockfile v1\n',
      'vitest.config.ts': "import { defineConfig } from 'vitest/config';\nexport default defineConfig({});\n",
      'tsconfig.json': '{ "compilerOptions": { "module": "ESNext", "moduleResolution": "Bundler" } }\n',
    });
    const out = await initTwice(dir);
    expect(out).toContain('host vite (vitest.config.ts)');
    expect(out).toContain("vitest.config.ts: import { keyproof } from '@keyproof/transformer/vite'");
    expect(out).toContain('yarn add -D -E @keyproof/transformer@0.1.0 @keyproof/cli@0.1.0\n');
    expect(out).not.toContain('ts-patch');
    expect(json(dir, 'tsconfig.json').compilerOptions.plugins).toBeUndefined();
  });

  it('Nest CLI: nest-cli.json gets the nest plugin, CommonJS and legacy decorators stay', async () => {
    const dir = project({
      'package.json': npmInit({
        devDependencies: { '@nestjs/cli': '11.0.0', typescript: '5.9.3' },
        scripts: { build: 'nest build' },
      }),
      'nest-cli.json':
        '{\n  "$schema": "https://json.schemastore.org/nest-cli",\n  "collection": "@nestjs/schematics",\n  "sourceRoot": "src",\n  "compilerOptions": {\n    "deleteOutDir": true\n  }\n}\n',
      'tsconfig.json':
        '{\n  "compilerOptions": {\n    "module": "commonjs",\n    "experimentalDecorators": true,\n    "emitDecoratorMetadata": true\n  }\n}\n',
    });
    const out = await initTwice(dir);
    expect(out).toContain('host nest (nest-cli.json)');
    expect(json(dir, 'nest-cli.json').compilerOptions).toEqual({
      deleteOutDir: true,
      plugins: ['@keyproof/transformer/nest'],
    });
    expect(json(dir, 'tsconfig.json').compilerOptions).toEqual({
      module: 'commonjs',
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
      noEmitOnError: true,
    });
    expect(JSON.parse(read(dir, 'package.json')).type).toBe('commonjs');
  });

  it('Jest with ts-jest: the astTransformers line', async () => {
    const dir = project({
      'package.json': npmInit({ devDependencies: { jest: '30.0.0', 'ts-jest': '29.4.0', typescript: '5.9.3' } }),
      'jest.config.cjs': "module.exports = { preset: 'ts-jest' };\n",
      'tsconfig.json': '{ "compilerOptions": { "module": "commonjs" } }\n',
    });
    const out = await initTwice(dir);
    expect(out).toContain('host jest (jest.config.cjs)');
    expect(out).toContain("astTransformers: { before: [require.resolve('@keyproof/transformer/ts-jest')] }");
  });

  it('esbuild, tsup and tsx: each host line, and bun from bun.lock', async () => {
    const cases: { deps: Record<string, string>; files: Record<string, string>; expect: string }[] = [
      {
        deps: { esbuild: '0.28.0' },
        files: {},
        expect: "import { keyproof } from '@keyproof/transformer/esbuild'; build({ ..., plugins: [keyproof()] })",
      },
      {
        deps: { tsup: '8.5.0' },
        files: { 'tsup.config.ts': 'export default {};\n' },
        expect: "tsup.config.ts: import { keyproof } from '@keyproof/transformer/esbuild'; and add esbuildPlugins",
      },
      {
        deps: { tsx: '4.23.0' },
        files: {},
        expect: 'node --import @keyproof/transformer/register --import tsx src/main.ts',
      },
    ];
    for (const c of cases) {
      const dir = project({
        'package.json': npmInit({ type: 'module', devDependencies: { ...c.deps, typescript: '5.9.3' } }),
        'bun.lock': '{}\n',
        ...c.files,
      });
      const out = await initTwice(dir);
      expect(out).toContain(c.expect);
      expect(out).toContain('bun add -d --exact @keyproof/transformer@0.1.0');
    }
  });

  it('outside an npm project: says to run npm init', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keyproof-init-none-'));
    const run = await runCli(['init'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no package.json');
  });
});
