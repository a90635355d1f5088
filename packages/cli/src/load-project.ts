import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type * as TS from 'typescript';
import { pluginEntry, type TypeScript } from '@keyproof/transformer';
import { CliError } from './cli-error.js';

export interface LoadedProject {
  readonly configPath: string;
  readonly program: TS.Program;
  /** The tsconfig's `{ "transform": "@keyproof/transformer", ... }` entry without `transform`. */
  readonly pluginConfig: Record<string, unknown>;
  /** False when the tsconfig has no keyproof plugin entry (the build would not check anything). */
  readonly pluginConfigured: boolean;
  /** Config files of the project references (a solution-style tsconfig has only these). */
  readonly references: readonly string[];
}

/** `-p` as tsc reads it: a tsconfig file, or a directory holding tsconfig.json. */
export function resolveConfigPath(project: string | undefined): string {
  const given = resolve(project ?? '.');
  const path = existsSync(given) && statSync(given).isDirectory() ? join(given, 'tsconfig.json') : given;
  if (!existsSync(path)) {
    throw new CliError(
      `no tsconfig at ${path}.\nFix: run keyproof check in the project's directory, or pass -p path/to/tsconfig.json.`,
    );
  }
  return path;
}

/** Parse the tsconfig and create the program exactly as tsc would, without emitting. */
function loadProject(ts: TypeScript, configPath: string): LoadedProject {
  const problems: TS.Diagnostic[] = [];
  const host: TS.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => problems.push(d),
  };
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, host);
  if (!parsed || problems.length > 0 || parsed.errors.length > 0) {
    const all = [...problems, ...(parsed?.errors ?? [])];
    throw new CliError(`${configPath} cannot be read:\n${formatTsDiagnostics(ts, all)}`);
  }
  const program = ts.createProgram({
    rootNames: parsed.fileNames,
    options: parsed.options,
    projectReferences: parsed.projectReferences ?? [],
  });
  const entry = pluginEntry(parsed.options.plugins);
  const references = (parsed.projectReferences ?? []).map((ref) => ts.resolveProjectReferencePath(ref));
  return { configPath, program, pluginConfig: entry ?? {}, pluginConfigured: entry !== undefined, references };
}

/**
 * The root project and, like `tsc -b`, every project it references (each once, references
 * first); those with sources. One at a time, so a program can go before the next is built.
 */
export function* loadProjects(ts: TypeScript, rootConfig: string, seen = new Set<string>()): Generator<LoadedProject> {
  if (seen.has(rootConfig)) return;
  seen.add(rootConfig);
  const project = loadProject(ts, rootConfig);
  for (const reference of project.references) yield* loadProjects(ts, reference, seen);
  if (project.program.getRootFileNames().length > 0) yield project;
}

function formatTsDiagnostics(ts: TypeScript, diagnostics: readonly TS.Diagnostic[]): string {
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => dirname(`${process.cwd()}/x`),
    getNewLine: () => '\n',
  });
}
