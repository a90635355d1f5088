import type * as ts from 'typescript';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { TypeScript } from '../types';
import { programTransformer } from './program-transformer';

/**
 * webpack ts-loader: `options: { getCustomTransformers: (program) => require('@keyproof/transformer/ts-loader').transformers(program) }`.
 * With `transpileOnly: true` ts-loader passes no usable program and plans come from syntax.
 */
export function transformers(
  program: ts.Program | undefined,
  options: Record<string, unknown> = {},
  typescript?: TypeScript,
): { before: ts.TransformerFactory<ts.SourceFile>[] } {
  const tsModule =
    typescript ??
    (createRequire(path.join(program?.getCurrentDirectory() ?? process.cwd(), 'noop.js'))('typescript') as TypeScript);
  return { before: [programTransformer(tsModule, () => program, options)] };
}
