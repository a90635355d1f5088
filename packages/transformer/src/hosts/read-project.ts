import * as path from 'node:path';
import type * as ts from 'typescript';
import { pluginEntry } from '../plugin-entry';
import type { TypeScript } from '../types';

/** A tsconfig as the source hosts use it. */
export interface Project {
  readonly configPath: string;
  readonly options: ts.CompilerOptions;
  /** Absolute, `/`-separated names of the project's root files. */
  readonly fileNames: ReadonlySet<string>;
  readonly references: readonly ts.ProjectReference[];
  /** The `{ "transform": "@keyproof/transformer", … }` entry without `transform`, if any. */
  readonly pluginConfig: Record<string, unknown> | undefined;
}

/** Parses a tsconfig exactly as tsc would; a config that cannot be read is an error that names it. */
export function readProject(ts: TypeScript, configPath: string): Project {
  const problems: ts.Diagnostic[] = [];
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => problems.push(d) },
  );
  const errors = [...problems, ...(parsed?.errors ?? [])].filter(
    (d) => d.category === ts.DiagnosticCategory.Error && d.code !== 18003 /* no inputs */,
  );
  if (parsed === undefined || errors.length > 0) {
    const text = errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n');
    throw new Error(`keyproof: ${configPath} cannot be read: ${text}`);
  }
  return {
    configPath: path.resolve(configPath),
    options: parsed.options,
    fileNames: new Set(parsed.fileNames.map((f) => path.resolve(f).replace(/\\/g, '/'))),
    references: parsed.projectReferences ?? [],
    pluginConfig: pluginEntry(parsed.options.plugins),
  };
}
