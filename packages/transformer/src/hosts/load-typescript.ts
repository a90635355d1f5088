import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { TypeScript } from '../types';

/**
 * The JavaScript TypeScript API the source hosts and `keyproof check` analyse with.
 *
 * The project's own `typescript` when it is a JS compiler (5.x, 6.x): the analysis then sees
 * the program exactly as the project's compiler does. TypeScript 7 (the native port) ships
 * no such API (its package exports only `typescript/unstable/*`), so keyproof falls back to
 * TypeScript 6.0, the last JS compiler, which reads the same code: `typescript-6` (an alias of
 * typescript@6.0.3), an optional peer dependency that only TypeScript 7 projects install.
 */
export function loadTypeScript(projectDir: string): {
  readonly ts: TypeScript;
  readonly from: 'project' | 'keyproof';
  readonly projectVersion: string | undefined;
} {
  const projectRequire = createRequire(path.join(projectDir, 'noop.js'));
  let projectVersion: string | undefined;
  try {
    const candidate = projectRequire('typescript') as Partial<TypeScript>;
    projectVersion = typeof candidate.version === 'string' ? candidate.version : undefined;
    if (isJsApi(candidate)) return { ts: candidate, from: 'project', projectVersion };
  } catch (error) {
    // TypeScript 7's package has no CommonJS main entry: `require('typescript')` throws
    projectVersion = projectVersion ?? versionOf(projectRequire);
    void error;
  }
  const own = createRequire(__filename);
  for (const name of ['typescript-6', 'typescript']) {
    try {
      const candidate = own(name) as Partial<TypeScript>;
      if (isJsApi(candidate)) return { ts: candidate, from: 'keyproof', projectVersion };
    } catch {
      // try the next one
    }
  }
  throw new Error(
    projectVersion === undefined
      ? `keyproof needs the typescript package and found none (looked in ${projectDir} and next to @keyproof/transformer).\n` +
          'Fix: npm install --save-dev typescript   (or: pnpm add -D typescript)'
      : `keyproof needs a JavaScript TypeScript API (5.3 to 6.x): the project's typescript ${projectVersion} has none (TypeScript 7 is a native compiler), ` +
          'and TypeScript 6.0, which keyproof analyses such projects with, is not installed.\n' +
          'Fix: npm install --save-dev typescript-6@npm:typescript@6.0.3   (or: pnpm add -D typescript-6@npm:typescript@6.0.3)',
  );
}

function isJsApi(candidate: Partial<TypeScript>): candidate is TypeScript {
  return (
    typeof candidate.createProgram === 'function' && typeof candidate.getParsedCommandLineOfConfigFile === 'function'
  );
}

function versionOf(req: NodeJS.Require): string | undefined {
  try {
    return (req('typescript/package.json') as { version?: string }).version;
  } catch {
    return undefined;
  }
}
