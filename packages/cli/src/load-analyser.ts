import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Analyser, AnalyseProgram, AnalyserOptions, ReadOptions, TypeScript } from './analyser-contract.js';
import { CliError } from './cli-error.js';

const ownRequire = createRequire(import.meta.url);

/**
 * The TypeScript the project itself uses (resolved from its directory), else the one next to
 * the CLI: the analysis must see the program the way the project's compiler does.
 */
export function loadTypeScript(projectDir: string): TypeScript {
  for (const req of [createRequire(join(projectDir, 'noop.js')), ownRequire]) {
    try {
      return req('typescript') as TypeScript;
    } catch {
      // try the next place
    }
  }
  throw new CliError(
    `keyproof check needs the typescript package and found none (looked in ${projectDir} and next to the CLI).\n` +
      `Fix: npm install --save-dev typescript   (or: pnpm add -D typescript)`,
  );
}

/** `analyseProgram` (and `readOptions`) from @keyproof/transformer, or a message saying what is missing. */
export function loadAnalyser(): Analyser {
  let mod: Record<string, unknown>;
  try {
    mod = ownRequire('@keyproof/transformer') as Record<string, unknown>;
  } catch (error) {
    throw new CliError(
      `keyproof check runs the analyser of @keyproof/transformer, which could not be loaded: ${(error as Error).message}\n` +
        `Fix: install @keyproof/transformer next to @keyproof/cli (same version), and build it if you use the workspace.`,
    );
  }
  const candidate = mod.analyseProgram ?? (mod.default as Record<string, unknown> | undefined)?.analyseProgram;
  if (typeof candidate !== 'function') {
    throw new CliError(
      `this @keyproof/transformer does not export analyseProgram(program, ts, options), which keyproof check runs.\n` +
        `Until it does, the checks run only inside the build: tspc with { "transform": "@keyproof/transformer" } in tsconfig.\n` +
        `Fix: use matching versions of @keyproof/cli and @keyproof/transformer.`,
    );
  }
  const read = mod.readOptions ?? (mod.default as Record<string, unknown> | undefined)?.readOptions;
  return { analyseProgram: candidate as AnalyseProgram, readOptions: typeof read === 'function' ? (read as ReadOptions) : passThrough };
}

function passThrough(config: Record<string, unknown>): AnalyserOptions {
  return config as AnalyserOptions;
}
