import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const EXAMPLE = fileURLToPath(new URL('..', import.meta.url));
// the example's own ts-patch 3.3 (its devDependency), the pair it is built with
const TSPC = fileURLToPath(new URL('../node_modules/ts-patch/bin/tspc.js', import.meta.url));

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A child process, asynchronously: the fake API in this process must keep answering meanwhile. */
export function run(args: readonly string[], env: NodeJS.ProcessEnv = {}, cwd = EXAMPLE): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...args], { cwd, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Build the example with the real tspc (ts-patch) and the keyproof transformer. */
export function tspc(tsconfig: string): Promise<Run> {
  return run([TSPC, '-p', tsconfig]);
}
