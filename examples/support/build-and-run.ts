import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Build-and-run helpers for one example's tests. `example` is the example's folder URL; each
 * example builds with its own ts-patch 3.3 (its devDependency), the pair it is pinned to.
 */
export function exampleTools(example: URL) {
  const EXAMPLE = fileURLToPath(example);
  const TSPC = join(EXAMPLE, 'node_modules/ts-patch/bin/tspc.js');

  /** A child process, asynchronously: the fake API in the test process must keep answering meanwhile. */
  function run(args: readonly string[], env: NodeJS.ProcessEnv = {}, cwd = EXAMPLE): Promise<Run> {
    return new Promise((resolve) => {
      execFile(process.execPath, [...args], { cwd, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      });
    });
  }

  /** Build the example with the real tspc (ts-patch) and the keyproof transformer. */
  function tspc(tsconfig: string): Promise<Run> {
    return run([TSPC, '-p', tsconfig]);
  }

  return { EXAMPLE, run, tspc };
}
