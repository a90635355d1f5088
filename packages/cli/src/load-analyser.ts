import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Transformer from '@keyproof/transformer';
import type { TypeScript } from '@keyproof/transformer';
import { CliError } from './cli-error.js';

const ownRequire = createRequire(import.meta.url);

/** What `keyproof check` and `keyproof keys` run of @keyproof/transformer: its pure analyser and its reading of the plugin options. */
export type Analyser = Pick<typeof Transformer, 'analyseProgram' | 'readOptions'>;

/**
 * The TypeScript the project itself uses (resolved from its directory) when it is a JS
 * compiler (5.x, 6.x), else the one next to the CLI. TypeScript 7 (the native port) has no JS
 * API (`require('typescript')` gives only its version): then keyproof analyses with the
 * TypeScript 6.0 that @keyproof/transformer depends on, which reads the same code.
 */
export function loadTypeScript(projectDir: string): TypeScript {
  let found: string | undefined;
  for (const req of [createRequire(join(projectDir, 'noop.js')), ownRequire]) {
    try {
      const candidate = req('typescript') as Partial<TypeScript>;
      if (isJsApi(candidate)) return candidate;
      found ??= candidate.version;
    } catch {
      // try the next place
    }
  }
  try {
    const source = ownRequire('@keyproof/transformer/source') as { loadTypeScript?: (dir: string) => { ts: TypeScript } };
    if (typeof source.loadTypeScript === 'function') return source.loadTypeScript(projectDir).ts;
  } catch {
    // an older transformer: no TypeScript of its own
  }
  throw new CliError(
    found !== undefined
      ? `keyproof check needs a JavaScript TypeScript API; the project's typescript ${found} has none (TypeScript 7 is a native compiler), ` +
          `and @keyproof/transformer's own TypeScript 6.0 could not be loaded.\nFix: reinstall @keyproof/transformer (its dependency typescript-6 is missing).`
      : `keyproof check needs the typescript package and found none (looked in ${projectDir} and next to the CLI).\n` +
          `Fix: npm install --save-dev typescript   (or: pnpm add -D typescript)`,
  );
}

function isJsApi(candidate: Partial<TypeScript>): candidate is TypeScript {
  return typeof candidate.createProgram === 'function' && typeof candidate.getParsedCommandLineOfConfigFile === 'function';
}

/** `analyseProgram` and `readOptions` from @keyproof/transformer, or a message saying what is missing. */
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
  const exported = (name: string): unknown => mod[name] ?? (mod.default as Record<string, unknown> | undefined)?.[name];
  const analyseProgram = exported('analyseProgram');
  const readOptions = exported('readOptions');
  if (typeof analyseProgram !== 'function' || typeof readOptions !== 'function') {
    throw new CliError(
      `this @keyproof/transformer does not export analyseProgram(program, ts, options) and readOptions(config), which keyproof check runs.\n` +
        `Until it does, the checks run only inside the build: tspc with { "transform": "@keyproof/transformer" } in tsconfig.\n` +
        `Fix: use matching versions of @keyproof/cli and @keyproof/transformer.`,
    );
  }
  return { analyseProgram: analyseProgram as Analyser['analyseProgram'], readOptions: readOptions as Analyser['readOptions'] };
}
