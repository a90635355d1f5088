import type * as ts from 'typescript';
import type { TypeScript } from '../types';

/** Lines that start with a decorator (`@memoize(...)`, `@Injectable()`), not JSDoc tags (` * @tag`). */
const DECORATOR_LINE = /^[ \t]*@[A-Za-z_$]/m;

export function hasDecorators(code: string): boolean {
  return DECORATOR_LINE.test(code);
}

/**
 * Compiles one TypeScript file to JavaScript with TypeScript itself (`transpileModule`), with
 * the project's decorator settings. Used by source hosts whose own compiler cannot lower
 * decorators: Vite 8's Oxc transformer leaves TC39 decorators in place, and Node 20 cannot
 * parse them. The result is plain ES modules for the host to go on with.
 */
export function compileWithTypeScript(
  ts: TypeScript,
  fileName: string,
  code: string,
  project: ts.CompilerOptions | undefined,
): { code: string; map: string | undefined } {
  const options: ts.CompilerOptions = {
    target: project?.target ?? ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    experimentalDecorators: project?.experimentalDecorators === true,
    emitDecoratorMetadata: project?.emitDecoratorMetadata === true,
    ...(project?.useDefineForClassFields !== undefined
      ? { useDefineForClassFields: project.useDefineForClassFields }
      : {}),
    jsx: project?.jsx,
    sourceMap: true,
    inlineSources: true,
    esModuleInterop: true,
    isolatedModules: true,
  };
  const out = ts.transpileModule(code, { fileName, compilerOptions: options });
  return { code: out.outputText.replace(/\n\/\/# sourceMappingURL=.*$/, ''), map: out.sourceMapText };
}
