import type * as ts from 'typescript';
import type { KeyproofOptions, TypeScript } from '../types';

/** The read-only context every analysis step receives. */
export interface AnalysisContext {
  readonly ts: TypeScript;
  readonly program: ts.Program;
  /** Undefined without type information: syntax-only planning. */
  readonly checker: ts.TypeChecker | undefined;
  readonly options: KeyproofOptions;
  /** Directory `source` locations are relative to (the tsconfig's). */
  readonly rootDir: string;
  /** Cache: directory -> name of the package.json nearest above it. */
  readonly packageNames: Map<string, string | undefined>;
}

/** True when the host gave us a program we can type-check (not `transpileModule`). */
function hasTypeInformation(program: ts.Program): boolean {
  const options = program.getCompilerOptions();
  return options.noResolve !== true && options.noLib !== true;
}

export function createContext(program: ts.Program, ts: TypeScript, options: KeyproofOptions): AnalysisContext {
  const compilerOptions = program.getCompilerOptions();
  const configFile =
    typeof compilerOptions['configFilePath'] === 'string' ? compilerOptions['configFilePath'] : undefined;
  const rootDir = configFile !== undefined ? dirname(normalise(configFile)) : normalise(program.getCurrentDirectory());
  // Creating the checker binds the files (parent pointers) even when its answers are not trusted.
  const checker = program.getTypeChecker();
  return {
    ts,
    program,
    checker: hasTypeInformation(program) ? checker : undefined,
    options,
    rootDir,
    packageNames: new Map(),
  };
}

export function normalise(path: string): string {
  return path.replace(/\\/g, '/');
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** `path` relative to `root`, posix separators. */
export function relativeTo(root: string, path: string): string {
  const from = normalise(root).split('/').filter(Boolean);
  const to = normalise(path).split('/').filter(Boolean);
  let i = 0;
  while (i < from.length && i < to.length && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}
