import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as ts from 'typescript';
import { runAnalysis, type Analysis, type ReportedDiagnostic } from '../run-analysis';
import { outsideProgram } from '../analyse/check-setup';
import { saveKeys } from '../save-keys';
import type { PlannedMemo, TypeScript } from '../types';
import { loadTypeScript } from './load-typescript';
import { readProject, type Project } from './read-project';
import { splicePlans } from './splice-plans';

/** How a source host (Vite, esbuild, the Node hook) finds its project. */
export interface SourceHostOptions {
  /** Where to look for tsconfig.json and `typescript`. @default process.cwd() */
  readonly root?: string;
  /**
   * The tsconfig whose program is analysed (full analysis, every check), or `false` to plan
   * every file from its syntax alone (the checks that need types are skipped, and said so).
   * @default `tsconfig.json` in `root` when there is one
   */
  readonly tsconfig?: string | false;
  /** Plugin options (`warningsAsErrors`, `ignore`, `perCallNames`, `manifest`), over those of the tsconfig's `@keyproof/transformer` entry. */
  readonly options?: Record<string, unknown>;
  /** A TypeScript API to analyse with. @default the project's, or keyproof's own TypeScript 6 for TypeScript 7 projects */
  readonly typescript?: TypeScript;
}

/** What a source host does with one file. */
export interface SourceResult {
  /** The TypeScript source with the plans inserted (the input itself when there was nothing to do). */
  readonly code: string;
  readonly changed: boolean;
  readonly plans: readonly PlannedMemo[];
  /** Errors about this file (and program-wide ones, the first time): the host must fail. */
  readonly errors: readonly ReportedDiagnostic[];
  readonly warnings: readonly ReportedDiagnostic[];
  /** False when the file was planned from syntax only. */
  readonly typeInformation: boolean;
}

/** A file that never says any of these cannot contain keyproof code (checked before any parsing). */
const MENTIONS = /memoize|keyproof|cacheKey|notKey/;

/**
 * The core of every source host: TypeScript source in, the same source with each plan inserted
 * into its `memoize(...)` call out, plus the analysis' diagnostics for the host to report its
 * own way. With a tsconfig, the whole program is analysed once (and again when a file
 * changes); without one, each file is planned from its syntax. Either way the plans, and so
 * the plan signatures and keys, are the ones `tspc` emits for the same source.
 */
export class SourceHost {
  readonly ts: TypeScript;
  readonly root: string;
  readonly project: Project | undefined;
  private readonly config: Readonly<Record<string, unknown>>;
  private program: ts.Program | undefined;
  private result: Analysis | undefined;
  private readonly overrides = new Map<string, string>();
  private programWideReported = false;

  constructor(options: SourceHostOptions = {}) {
    this.root = path.resolve(options.root ?? process.cwd());
    this.ts = options.typescript ?? loadTypeScript(this.root).ts;
    const tsconfig =
      options.tsconfig === undefined
        ? findTsconfig(this.root)
        : options.tsconfig === false
          ? undefined
          : path.resolve(this.root, options.tsconfig);
    this.project = tsconfig !== undefined ? readProject(this.ts, tsconfig) : undefined;
    this.config = { ...this.project?.pluginConfig, ...options.options };
  }

  /** True when files of the project are analysed with type information. */
  get typeChecked(): boolean {
    return this.project !== undefined;
  }

  transform(fileName: string, text: string): SourceResult {
    const analysed = this.analyse(fileName, text);
    if (analysed === undefined)
      return { code: text, changed: false, plans: [], errors: [], warnings: [], typeInformation: this.typeChecked };
    const { result, sourceFile, plans } = analysed;
    const code =
      plans.length > 0 || (result.strip.get(sourceFile.fileName)?.size ?? 0) > 0
        ? splicePlans(this.ts, sourceFile, result)
        : text;
    return {
      code,
      changed: code !== text,
      plans,
      errors: analysed.errors,
      warnings: analysed.warnings,
      typeInformation: result.typeInformation,
    };
  }

  /**
   * The analysis of one file (its plans and diagnostics, and the SourceFile their offsets
   * refer to), or undefined for a file that never mentions keyproof.
   */
  analyse(
    fileName: string,
    text: string,
  ):
    | (Omit<SourceResult, 'code' | 'changed' | 'typeInformation'> & {
        readonly result: Analysis;
        readonly sourceFile: ts.SourceFile;
      })
    | undefined {
    const file = normalise(path.resolve(fileName));
    if (!MENTIONS.test(text)) return undefined;
    const inProgram = this.project?.fileNames.has(file) === true;
    const { result, sourceFile } = inProgram ? this.fromProgram(file, text) : this.fromSyntax(file, text);
    const plans = result.plans.filter((p) => p.site.fileName === sourceFile.fileName);
    const wide = !this.programWideReported || !inProgram;
    if (inProgram) this.programWideReported = true;
    const mine = result.diagnostics.filter((d) =>
      d.fileName === undefined ? wide : normalise(d.fileName) === sourceFile.fileName,
    );
    return {
      result,
      sourceFile,
      plans,
      errors: mine.filter((d) => d.severity === 'error'),
      warnings: mine.filter((d) => d.severity === 'warning'),
    };
  }

  /** Every plan of the project (analysing it when needed): for tests and `keyproof` tools. */
  analyseProject(): Analysis | undefined {
    if (this.project === undefined) return undefined;
    this.ensureProgram();
    return this.result;
  }

  private fromProgram(
    file: string,
    text: string,
  ): { result: Analysis; sourceFile: ts.SourceFile; program: ts.Program } {
    const current = this.program?.getSourceFile(file);
    if (current !== undefined && current.text !== text) {
      // edited since the program was made (watch mode): analyse again, reusing unchanged files
      this.overrides.set(file, text);
      this.result = undefined;
      this.programWideReported = false;
    }
    const program = this.ensureProgram();
    const sourceFile = program.getSourceFile(file);
    if (sourceFile === undefined || sourceFile.text !== text) return this.fromSyntax(file, text);
    return { result: this.result!, sourceFile, program };
  }

  private ensureProgram(): ts.Program {
    if (this.program !== undefined && this.result !== undefined) return this.program;
    const project = this.project!;
    const ts = this.ts;
    const host = ts.createCompilerHost(project.options, true);
    const overrides = this.overrides;
    const readFile = host.readFile.bind(host);
    host.readFile = (name) => overrides.get(normalise(path.resolve(name))) ?? readFile(name);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, language, onError, create) => {
      const text = overrides.get(normalise(path.resolve(name)));
      return text !== undefined
        ? ts.createSourceFile(name, text, language, true)
        : getSourceFile(name, language, onError, create);
    };
    this.program = ts.createProgram({
      rootNames: [...project.fileNames],
      options: project.options,
      projectReferences: project.references,
      host,
      ...(this.program !== undefined ? { oldProgram: this.program } : {}),
    });
    this.result = runAnalysis(this.program, ts, { config: this.config });
    saveKeys(this.result);
    return this.program;
  }

  /** One file, no types: `noResolve` + `noLib` tell the analyser to plan from syntax (warning 91090). */
  private fromSyntax(file: string, text: string): { result: Analysis; sourceFile: ts.SourceFile; program: ts.Program } {
    const ts = this.ts;
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.ESNext, true, ts.ScriptKind.TS);
    const options: ts.CompilerOptions = {
      ...(this.project?.options ?? {}),
      noResolve: true,
      noLib: true,
      noEmit: true,
      configFilePath: this.project?.configPath ?? path.join(this.root, 'tsconfig.json'),
    };
    const host: ts.CompilerHost = {
      getSourceFile: (name) => (normalise(name) === file ? sourceFile : undefined),
      getDefaultLibFileName: () => 'lib.d.ts',
      writeFile: () => undefined,
      getCurrentDirectory: () => this.root,
      getCanonicalFileName: (f) => f,
      useCaseSensitiveFileNames: () => true,
      getNewLine: () => '\n',
      fileExists: (name) => normalise(name) === file,
      readFile: (name) => (normalise(name) === file ? text : undefined),
    };
    const program = ts.createProgram([file], options, host);
    // a file outside the project is not what the project's keys manifest describes
    const result = runAnalysis(program, ts, {
      config: this.config,
      ...(this.project !== undefined ? { manifest: false as const } : {}),
    });
    return {
      result:
        this.project !== undefined
          ? {
              ...result,
              diagnostics: outsideProgram(
                result.diagnostics,
                path.relative(this.root, file) || file,
                path.relative(this.root, this.project.configPath) || this.project.configPath,
              ),
            }
          : result,
      sourceFile,
      program,
    };
  }
}

function findTsconfig(root: string): string | undefined {
  const candidate = path.join(root, 'tsconfig.json');
  return fs.existsSync(candidate) ? candidate : undefined;
}

function normalise(file: string): string {
  return file.replace(/\\/g, '/');
}
