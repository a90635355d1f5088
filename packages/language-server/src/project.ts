import * as path from 'node:path';
import type * as ts from 'typescript';
import { loadTypeScript, pluginEntry, runAnalysis, type Analysis, type TypeScript } from '@keyproof/transformer';
import { recordedKeys } from './record-keys';

/** The unsaved text of the files open in the editor, by absolute `/`-separated name. */
export interface OpenFiles {
  get(fileName: string): { readonly text: string; readonly version: number } | undefined;
}

/**
 * One tsconfig project: a TypeScript language service over the files on disk, with the open
 * files' unsaved text in their place. The language service reuses every unchanged source file
 * and the program's structure between keystrokes; the analysis runs once per program.
 */
export class Project {
  readonly ts: TypeScript;
  /** Where TypeScript came from: the project's own, or keyproof's (TypeScript 7 projects). */
  readonly typescriptFrom: 'project' | 'keyproof';
  readonly service: ts.LanguageService;
  private parsed: ts.ParsedCommandLine;
  private config: Record<string, unknown> | undefined;
  private analysed: { readonly program: ts.Program; readonly analysis: Analysis } | undefined;
  private readonly diskVersions = new Map<string, number>();
  /**
   * What each file on disk read at its current disk version. TypeScript asks for the snapshot
   * of every file of the program (lib files and @types included) each time it builds a new
   * one, to compare versions: read from disk each time, that was most of an edit's latency.
   */
  private readonly diskSnapshots = new Map<
    string,
    { readonly version: number; readonly snapshot: ts.IScriptSnapshot | undefined }
  >();

  constructor(
    readonly configPath: string,
    private readonly open: OpenFiles,
  ) {
    const loaded = loadTypeScript(path.dirname(configPath));
    this.ts = loaded.ts;
    this.typescriptFrom = loaded.from;
    this.parsed = this.readConfig();
    this.config = pluginEntry(this.parsed.options.plugins);
    const tsm = this.ts;
    const host: ts.LanguageServiceHost = {
      getCompilationSettings: () => this.parsed.options,
      getScriptFileNames: () => this.rootNames(),
      getProjectReferences: () => this.parsed.projectReferences,
      getScriptVersion: (fileName) => {
        const doc = this.open.get(normalise(fileName));
        return doc !== undefined ? `open:${doc.version}` : `disk:${this.diskVersions.get(normalise(fileName)) ?? 0}`;
      },
      getScriptSnapshot: (fileName) => {
        const name = normalise(fileName);
        const doc = this.open.get(name);
        if (doc !== undefined) return tsm.ScriptSnapshot.fromString(doc.text);
        return this.diskSnapshot(name);
      },
      getCurrentDirectory: () => path.dirname(configPath),
      getDefaultLibFileName: (options) => tsm.getDefaultLibFilePath(options),
      fileExists: (fileName) => this.open.get(normalise(fileName)) !== undefined || tsm.sys.fileExists(fileName),
      readFile: (fileName) => this.readFile(fileName),
      readDirectory: tsm.sys.readDirectory,
      directoryExists: tsm.sys.directoryExists,
      getDirectories: tsm.sys.getDirectories,
      realpath: tsm.sys.realpath,
      useCaseSensitiveFileNames: () => tsm.sys.useCaseSensitiveFileNames,
      // the analyser reads every doc comment (tsc's default since 5.3 skips most of them)
      jsDocParsingMode: tsm.JSDocParsingMode.ParseAll,
    };
    this.service = tsm.createLanguageService(host, registryOf(tsm));
  }

  /** True when `fileName` is one of the project's root files (or an open file it imports). */
  contains(fileName: string): boolean {
    return this.rootNames().includes(fileName) || this.service.getProgram()?.getSourceFile(fileName) !== undefined;
  }

  /** A file changed on disk (saved, created, deleted): its next read comes from disk. */
  changedOnDisk(fileName: string): void {
    const name = normalise(fileName);
    this.diskVersions.set(name, (this.diskVersions.get(name) ?? 0) + 1);
    if (name === normalise(this.configPath)) {
      this.parsed = this.readConfig();
      this.config = pluginEntry(this.parsed.options.plugins);
    }
  }

  /** The file's text on disk, read once per disk version (a change on disk bumps it). */
  private diskSnapshot(name: string): ts.IScriptSnapshot | undefined {
    const version = this.diskVersions.get(name) ?? 0;
    const cached = this.diskSnapshots.get(name);
    if (cached?.version === version) return cached.snapshot;
    const text = this.ts.sys.readFile(name);
    const snapshot = text === undefined ? undefined : this.ts.ScriptSnapshot.fromString(text);
    this.diskSnapshots.set(name, { version, snapshot });
    return snapshot;
  }

  /** A file's unsaved text when it is open, else its text on disk (undefined when there is none). */
  readFile(fileName: string): string | undefined {
    return this.open.get(normalise(fileName))?.text ?? this.ts.sys.readFile(fileName);
  }

  /** The current program and its analysis (the same analysis while nothing changed). */
  analyse(): { readonly program: ts.Program; readonly analysis: Analysis } {
    const program = this.service.getProgram();
    if (program === undefined) throw new Error(`keyproof: TypeScript made no program for ${this.configPath}`);
    if (this.analysed?.program !== program) {
      const analysis = runAnalysis(program, this.ts, {
        config: this.config ?? {},
        readFile: (fileName) => this.readFile(fileName),
      });
      this.analysed = { program, analysis };
    }
    return this.analysed;
  }

  /**
   * What `keyproof keys` would write to the keys manifest now (the program as the editor has
   * it), or undefined when there is nothing to record: the manifest's path and its next text.
   * A body change under the same version stays unrecorded, as the CLI leaves it.
   */
  recordKeys(): { readonly path: string; readonly text: string } | undefined {
    const { program, analysis } = this.analyse();
    return recordedKeys(this.ts, program, analysis, this.config ?? {}, (fileName) => this.readFile(fileName));
  }

  dispose(): void {
    this.service.dispose();
  }

  private rootNames(): string[] {
    return this.parsed.fileNames.map(normalise);
  }

  private readConfig(): ts.ParsedCommandLine {
    const tsm = this.ts;
    const problems: ts.Diagnostic[] = [];
    const parsed = tsm.getParsedCommandLineOfConfigFile(
      this.configPath,
      {},
      { ...tsm.sys, onUnRecoverableConfigFileDiagnostic: (d) => problems.push(d) },
    );
    if (parsed === undefined) {
      const text = problems.map((d) => tsm.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n');
      throw new Error(`keyproof: ${this.configPath} cannot be read: ${text}`);
    }
    return parsed;
  }
}

/**
 * One document registry per TypeScript module, shared by every project: a file that several
 * projects read (lib.d.ts, @types/node) is parsed once. It parses every doc comment, as the
 * analyser needs.
 */
const registries = new WeakMap<TypeScript, ts.DocumentRegistry>();
function registryOf(tsm: TypeScript): ts.DocumentRegistry {
  let registry = registries.get(tsm);
  if (registry === undefined) {
    registry = tsm.createDocumentRegistry(
      tsm.sys.useCaseSensitiveFileNames,
      process.cwd(),
      tsm.JSDocParsingMode.ParseAll,
    );
    registries.set(tsm, registry);
  }
  return registry;
}

/** Absolute and `/`-separated, as TypeScript names files. */
export function normalise(fileName: string): string {
  return path.resolve(fileName).replace(/\\/g, '/');
}
