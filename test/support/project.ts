import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, RUNTIME, TRANSFORMER, type Toolchain } from './toolchains.js';

export type DecoratorMode = 'tc39' | 'legacy';

export interface Project {
  readonly dir: string;
  readonly toolchain: Toolchain;
}

/**
 * A throwaway project under test/.tmp/: the given sources, a tsconfig with the plugin, and
 * node_modules links to the workspace's runtime, transformer and the toolchain's TypeScript.
 */
export function createProject(
  name: string,
  toolchain: Toolchain,
  mode: DecoratorMode,
  files: Record<string, string>,
  plugin: Record<string, unknown> = {},
): Project {
  const dir = path.join(ROOT, 'test/.tmp', `${name}-${mode}-${toolchain.label.replace(/[^\w.]+/g, '_')}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  writePluginProject(
    dir,
    name,
    toolchain,
    { declaration: true, ...(mode === 'legacy' ? { experimentalDecorators: true } : {}) },
    plugin,
  );
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'src', file), text);
  return { dir, toolchain };
}

/**
 * In `dir`: node_modules links to the workspace's runtime and transformer (as an installed
 * project has them) and to the toolchain's TypeScript, a package.json, and a tsconfig that
 * builds src/ to dist/ as an ES module with the plugin (its `plugin` options) and `compilerOptions`.
 */
export function writePluginProject(
  dir: string,
  name: string,
  toolchain: Toolchain,
  compilerOptions: Record<string, unknown> = {},
  plugin: Record<string, unknown> = {},
): void {
  fs.mkdirSync(path.join(dir, 'node_modules/@keyproof'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'node_modules/@types'), { recursive: true });
  fs.symlinkSync(RUNTIME, path.join(dir, 'node_modules/keyproof'), 'dir');
  fs.symlinkSync(TRANSFORMER, path.join(dir, 'node_modules/@keyproof/transformer'), 'dir');
  fs.symlinkSync(toolchain.typescript, path.join(dir, 'node_modules/typescript'), 'dir');
  fs.symlinkSync(path.join(ROOT, 'node_modules/@types/node'), path.join(dir, 'node_modules/@types/node'), 'dir');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }, null, 2));
  const options = {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    skipLibCheck: true,
    types: ['node'],
    outDir: 'dist',
    rootDir: 'src',
    ...compilerOptions,
    plugins: [{ transform: '@keyproof/transformer', ...plugin }],
  };
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: options, include: ['src'] }, null, 2),
  );
}

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `tspc -p <dir>` with the real binary of the toolchain. */
export function tspc(project: Project, ...args: string[]): Run {
  const result = spawnSync(process.execPath, [project.toolchain.tspc, '-p', project.dir, ...args], {
    cwd: project.dir,
    encoding: 'utf8',
    env: { ...process.env, ...project.toolchain.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a built file in a child `node` process, in the project directory (default SQLite store). */
export function node(project: Project, file: string, env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [path.join(project.dir, file)], {
    cwd: project.dir,
    encoding: 'utf8',
    env: withoutStoreEnv({ ...process.env, ...env }),
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function assertBuilt(): void {
  for (const file of [path.join(RUNTIME, 'dist/index.js'), path.join(TRANSFORMER, 'dist/index.js')]) {
    if (!fs.existsSync(file))
      throw new Error(`${file} is missing: run \`npx -y pnpm@10 build\` (the root \`pnpm test\` builds first).`);
  }
}

/** The child uses the embedded SQLite default unless the test says otherwise. */
function withoutStoreEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  if (copy['KEYPROOF_STORE'] === undefined || copy['KEYPROOF_STORE'] === '') delete copy['KEYPROOF_STORE'];
  return copy;
}
