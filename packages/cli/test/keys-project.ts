import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePluginProject, type Toolchain } from '@keyproof/test-support';
import { main, type Output } from '../src/main.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/keys-project/src', import.meta.url));

/**
 * The keys fixture project (test/fixtures/keys-project, or `sources`) copied to a throwaway directory with
 * a tsconfig carrying the plugin (and `plugin` options), node_modules links to the workspace's
 * runtime and transformer and the toolchain's TypeScript, and its own git repository.
 */
export function createKeysProject(
  toolchain: Toolchain,
  plugin: Record<string, unknown> = {},
  sources = FIXTURE,
): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyproof-keys-'));
  writePluginProject(dir, 'keys-project', toolchain, {}, plugin);
  fs.cpSync(sources, path.join(dir, 'src'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules\ndist\n');
  git(dir, 'init', '-q');
  git(dir, 'config', 'user.name', 'Grace Reviewer');
  git(dir, 'config', 'user.email', 'grace@example.com');
  return dir;
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
}

/** Change one file of the project; throws when `from` is not in it (a stale test). */
export function editFile(dir: string, file: string, from: string | RegExp, to: string): void {
  const full = path.join(dir, 'src', file);
  const text = fs.readFileSync(full, 'utf8');
  if (!(typeof from === 'string' ? text.includes(from) : from.test(text)))
    throw new Error(`${file} has no ${String(from)}`);
  fs.writeFileSync(full, text.replace(from, to));
}

export function readManifest(dir: string): string {
  return fs.readFileSync(path.join(dir, 'keyproof.keys.json'), 'utf8');
}

export interface Ran {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** The CLI in this process (`main`), its output captured. */
export async function keyproof(...argv: string[]): Promise<Ran> {
  let out = '';
  let err = '';
  const io: Output = {
    out: (t) => {
      out += `${t}\n`;
    },
    err: (t) => {
      err += `${t}\n`;
    },
  };
  const code = await main(argv, io);
  return { code, out, err };
}

/** `tspc -p <dir>` with the toolchain's real binary. */
export function tspc(dir: string, toolchain: Toolchain): Ran {
  const result = spawnSync(process.execPath, [toolchain.tspc, '-p', dir], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...toolchain.env },
  });
  return { code: result.status ?? 1, out: result.stdout, err: result.stderr };
}

/** `[code, message]` of every keyproof diagnostic in tsc's (`error TS91071: [keyproof] …`) or the CLI's (`error KP91071: …`) output. */
export function verdicts(output: string): string[][] {
  return [...output.matchAll(/(error|warning) (?:TS|KP)(\d+): (?:\[keyproof\] )?(.*)$/gm)].map((m) => [
    m[1]!,
    m[2]!,
    m[3]!.trim(),
  ]);
}

export function removeProject(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
