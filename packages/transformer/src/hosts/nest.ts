import type * as ts from 'typescript';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { TypeScript } from '../types';
import { programTransformer } from './program-transformer';

/**
 * The Nest CLI plugin: `nest-cli.json` → `"compilerOptions": { "plugins": ["@keyproof/transformer/nest"] }`
 * (or `{ "name": "@keyproof/transformer/nest", "options": { … } }`). `nest build` calls
 * `before(options, program)`; keyproof errors fail the build with file:line.
 */
export function before(
  options: Record<string, unknown> | undefined,
  program: ts.Program,
): ts.TransformerFactory<ts.SourceFile> {
  return programTransformer(typescriptOf(program), () => program, options ?? {});
}

/** The TypeScript the Nest CLI compiles with: the project's. */
function typescriptOf(program: ts.Program): TypeScript {
  return createRequire(path.join(program.getCurrentDirectory(), 'noop.js'))('typescript') as TypeScript;
}
