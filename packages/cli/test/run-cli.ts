import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the built `keyproof` binary as a user would: a child process, its exit code and output. */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  if (!existsSync(BIN))
    throw new Error(`${BIN} is missing: build the CLI first (pnpm build, or tsc -p packages/cli/tsconfig.build.json).`);
  const env = { ...process.env, ...options.env };
  if (!options.env || !('KEYPROOF_STORE' in options.env)) delete env.KEYPROOF_STORE;
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: options.cwd, env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
