import * as path from 'node:path';
import { DEPS, node, ROOT_MODULES, type Host } from './hosts.js';

const TS59 = path.join(DEPS, 'typescript');
const CLI = path.join(path.dirname(ROOT_MODULES), 'packages/cli/dist/bin.js');

/**
 * Every host of the matrix with its exact set-up. The README's host table is this list in
 * prose: keep both in step.
 */
export const HOSTS: readonly Host[] = [
  {
    name: 'tspc-ts5.9',
    typescript: path.join(ROOT_MODULES, 'typescript'),
    links: { 'ts-patch': path.join(ROOT_MODULES, 'ts-patch') },
    analysis: 'full',
    decorators: 'tc39',
    moduleKind: 'esm',
    build: [{ args: [node, 'node_modules/ts-patch/bin/tspc.js', '-p', '.'] }],
    run: { args: [node, 'dist/main.js'] },
  },
  {
    name: 'tspc-ts6.0',
    typescript: path.join(ROOT_MODULES, 'typescript-6'),
    links: { 'ts-patch': path.join(ROOT_MODULES, 'ts-patch-4') },
    analysis: 'full',
    decorators: 'tc39',
    moduleKind: 'esm',
    build: [
      {
        args: [node, 'node_modules/ts-patch/bin/tspc.js', '-p', '.'],
        env: { TSP_COMPILER_TS_PATH: path.join(ROOT_MODULES, 'typescript-6') },
      },
    ],
    run: { args: [node, 'dist/main.js'] },
  },
  {
    name: 'vitest',
    typescript: TS59,
    links: { vitest: path.join(ROOT_MODULES, 'vitest') },
    analysis: 'full',
    decorators: 'tc39',
    moduleKind: 'esm',
    files: {
      'vitest.config.mjs':
        "import { keyproof } from '@keyproof/transformer/vite';\nexport default { plugins: [keyproof()], test: { include: ['test/*.spec.ts'] } };\n",
      'test/scenario.spec.ts':
        "import { expect, test } from 'vitest';\nimport { runScenario } from '../src/scenario.js';\n" +
        "test('job-ID scenario', async () => {\n  const result = await runScenario();\n  process.stdout.write(`KEYPROOF_RESULT ${JSON.stringify(result)}\\n`);\n  expect(result.upstream.render).toBe(1);\n});\n",
    },
    build: [],
    run: { args: [node, 'node_modules/vitest/vitest.mjs', 'run', '--reporter=verbose'] },
  },
  {
    name: 'esbuild',
    typescript: TS59,
    links: { esbuild: path.join(DEPS, 'esbuild') },
    analysis: 'full',
    decorators: 'tc39',
    moduleKind: 'esm',
    files: {
      'build.mjs':
        "import { build } from 'esbuild';\nimport { keyproof } from '@keyproof/transformer/esbuild';\n" +
        "await build({ entryPoints: ['src/main.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: 'dist/main.js', plugins: [keyproof()], logLevel: 'warning' });\n",
    },
    build: [{ args: [node, 'build.mjs'] }],
    run: { args: [node, 'dist/main.js'] },
  },
  {
    name: 'tsup',
    typescript: TS59,
    links: { tsup: path.join(DEPS, 'tsup') },
    analysis: 'full',
    decorators: 'tc39',
    moduleKind: 'esm',
    files: {
      'tsup.config.mjs':
        "import { defineConfig } from 'tsup';\nimport { keyproof } from '@keyproof/transformer/esbuild';\n" +
        "export default defineConfig({ entry: ['src/main.ts'], format: ['esm'], target: 'node20', outDir: 'dist', clean: true, esbuildPlugins: [keyproof()] });\n",
    },
    build: [{ args: [node, 'node_modules/tsup/dist/cli-default.js'] }],
    run: { args: [node, 'dist/main.js'] },
  },
  {
    name: 'tsx',
    typescript: TS59,
    links: { tsx: path.join(DEPS, 'tsx') },
    analysis: 'full',
    decorators: 'tc39',
    moduleKind: 'esm',
    build: [],
    run: { args: [node, '--import', '@keyproof/transformer/register', '--import', 'tsx', 'src/main.ts'] },
  },
  {
    name: 'tsx-commonjs',
    typescript: TS59,
    links: { tsx: path.join(DEPS, 'tsx') },
    analysis: 'full',
    decorators: 'tc39',
    moduleKind: 'commonjs',
    build: [],
    run: { args: [node, '--import', '@keyproof/transformer/register', '--import', 'tsx', 'src/main.ts'] },
  },
  {
    name: 'nest-build',
    typescript: TS59,
    links: { '@nestjs/cli': path.join(DEPS, '@nestjs/cli') },
    analysis: 'full',
    decorators: 'legacy',
    moduleKind: 'commonjs',
    files: {
      'nest-cli.json': JSON.stringify(
        {
          collection: '@nestjs/schematics',
          sourceRoot: 'src',
          compilerOptions: { builder: 'tsc', plugins: ['@keyproof/transformer/nest'] },
        },
        null,
        2,
      ),
    },
    build: [{ args: [node, 'node_modules/@nestjs/cli/bin/nest.js', 'build'] }],
    run: { args: [node, 'dist/main.js'] },
  },
  {
    name: 'jest-ts-jest-isolated',
    typescript: TS59,
    links: { jest: path.join(DEPS, 'jest'), 'ts-jest': path.join(DEPS, 'ts-jest') },
    analysis: 'syntax',
    decorators: 'tc39',
    moduleKind: 'esm',
    files: {
      'jest.config.cjs':
        'module.exports = {\n  testEnvironment: "node",\n  extensionsToTreatAsEsm: [".ts"],\n  moduleNameMapper: { "^(\\\\.{1,2}/.*)\\\\.js$": "$1" },\n' +
        '  transform: { "^.+\\\\.ts$": ["ts-jest", { useESM: true, astTransformers: { before: [require.resolve("@keyproof/transformer/ts-jest")] } }] },\n};\n',
      'test/scenario.spec.ts':
        "import { runScenario } from '../src/scenario.js';\n" +
        "test('job-ID scenario', async () => {\n  const result = await runScenario();\n  process.stdout.write(`KEYPROOF_RESULT ${JSON.stringify(result)}\\n`);\n  expect(result.upstream.render).toBe(1);\n});\n",
    },
    compilerOptions: { types: ['node', 'jest'], rootDir: '.', isolatedModules: true },
    build: [],
    run: { args: [node, '--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '--ci', '--no-cache'] },
  },
  {
    name: 'jest-ts-jest-typed',
    typescript: TS59,
    links: { jest: path.join(DEPS, 'jest'), 'ts-jest': path.join(DEPS, 'ts-jest') },
    analysis: 'full',
    decorators: 'tc39',
    moduleKind: 'esm',
    files: {
      'jest.config.cjs':
        'module.exports = {\n  testEnvironment: "node",\n  extensionsToTreatAsEsm: [".ts"],\n  moduleNameMapper: { "^(\\\\.{1,2}/.*)\\\\.js$": "$1" },\n' +
        '  transform: { "^.+\\\\.ts$": ["ts-jest", { useESM: true, diagnostics: false, astTransformers: { before: [require.resolve("@keyproof/transformer/ts-jest")] } }] },\n};\n',
      'test/scenario.spec.ts':
        "import { runScenario } from '../src/scenario.js';\n" +
        "test('job-ID scenario', async () => {\n  const result = await runScenario();\n  process.stdout.write(`KEYPROOF_RESULT ${JSON.stringify(result)}\\n`);\n  expect(result.upstream.render).toBe(1);\n});\n",
    },
    compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', rootDir: '.', noEmitOnError: false },
    include: ['src', 'test'],
    build: [],
    run: { args: [node, '--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '--ci', '--no-cache'] },
  },
  {
    name: 'webpack-ts-loader',
    typescript: TS59,
    links: { webpack: path.join(DEPS, 'webpack'), 'ts-loader': path.join(DEPS, 'ts-loader') },
    analysis: 'full',
    decorators: 'tc39',
    moduleKind: 'esm',
    compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' },
    files: {
      'build.cjs':
        "const path = require('node:path');\nconst webpack = require('webpack');\n" +
        "webpack({\n  mode: 'none', target: 'node20', entry: './src/main.ts', devtool: false,\n" +
        "  output: { path: path.resolve('dist'), filename: 'main.cjs' },\n" +
        "  resolve: { extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } },\n" +
        "  externals: { keyproof: 'commonjs keyproof' },\n" +
        "  module: { rules: [{ test: /\\.ts$/, loader: 'ts-loader', options: { getCustomTransformers: (program) => require('@keyproof/transformer/ts-loader').transformers(program) } }] },\n" +
        "}, (error, stats) => {\n  if (error) throw error;\n  if (stats.hasErrors() || stats.hasWarnings()) process.stderr.write(stats.toString('errors-warnings') + '\\n');\n  process.exitCode = stats.hasErrors() ? 1 : 0;\n});\n",
    },
    build: [{ args: [node, 'build.cjs'] }],
    run: { args: [node, 'dist/main.cjs'] },
  },
  {
    name: 'tsc7',
    typescript: path.join(DEPS, 'typescript-7'),
    analysis: 'full',
    decorators: 'tc39',
    moduleKind: 'esm',
    build: [
      { args: [node, 'node_modules/typescript/bin/tsc', '-p', '.'] },
      { args: [node, 'node_modules/@keyproof/transformer/dist/hosts/plan-emitted-bin.js', '-p', '.'] },
    ],
    run: { args: [node, 'dist/main.js'] },
  },
];

/** `keyproof check` in a TypeScript 7 project (analysis with keyproof's own TypeScript 6.0). */
export const CHECK_TS7: Host = {
  name: 'keyproof-check-ts7',
  analysis: 'full',
  typescript: path.join(DEPS, 'typescript-7'),
  decorators: 'tc39',
  moduleKind: 'esm',
  build: [],
  run: { args: [node, CLI, 'check', '-p', '.'] },
};
