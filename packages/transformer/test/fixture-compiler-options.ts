import * as path from 'node:path';
import type * as ts from 'typescript';

/** The transformer's fixture cases, and the runtime stub their `keyproof` imports resolve to. */
export const FIXTURES = path.resolve(__dirname, 'fixtures');
export const STUB = path.join(FIXTURES, '_stub/keyproof/index.d.ts');

/**
 * The compiler options every fixture case is built with (in memory by harness.ts, through the
 * real ts-patch by test/fixtures-through-ts-patch.test.ts), `overrides` (the case's own) last.
 */
export function fixtureCompilerOptions(
  tsm: typeof ts,
  dir: string,
  overrides: ts.CompilerOptions = {},
): ts.CompilerOptions {
  return {
    target: tsm.ScriptTarget.ES2022,
    module: tsm.ModuleKind.ES2022,
    moduleResolution: tsm.ModuleResolutionKind.Bundler,
    strict: true,
    declaration: true,
    skipLibCheck: true,
    types: [],
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    paths: { keyproof: [STUB] },
    outDir: path.join(dir, 'out'),
    rootDir: dir,
    configFilePath: path.join(dir, 'tsconfig.json'),
    ...overrides,
  };
}
