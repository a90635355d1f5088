import type * as ts from 'typescript';
import { programTransformer } from './program-transformer';

/**
 * ts-jest: `transform: { '^.+\\.ts$': ['ts-jest', { astTransformers: { before: [require.resolve('@keyproof/transformer/ts-jest')] } }] }`
 * (a resolved path: ts-jest resolves a bare name from its own folder).
 * With ts-jest's language service (the default) the full analysis runs; with
 * `isolatedModules: true` plans come from syntax. A keyproof error fails the test file.
 */
export const name = 'keyproof';
export const version = '0.1.0';

interface TsCompilerInstance {
  readonly program?: ts.Program;
  readonly configSet: {
    readonly compilerModule: typeof ts;
    readonly parsedTsConfig?: { readonly options: ts.CompilerOptions };
  };
}

export function factory(
  compiler: TsCompilerInstance,
  options?: Record<string, unknown>,
): ts.TransformerFactory<ts.SourceFile> {
  return programTransformer(
    compiler.configSet.compilerModule,
    () => compiler.program,
    options ?? {},
    () => compiler.configSet.parsedTsConfig?.options,
  );
}
