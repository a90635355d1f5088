import * as fs from 'node:fs';
import type * as ts from 'typescript';
import { analyseProgram } from './analyse/analyse-program';
import type { ManifestCheckOptions } from './manifest/check-against-manifest';
import { readManifestOption, type ManifestOption } from './manifest/manifest-option';
import { reviewManifestOption, type KeysReview } from './manifest/review-option';
import { readOptions } from './read-options';
import type { AnalysisResult, KeyproofDiagnostic, KeyproofOptions, PlannedMemo, TypeScript } from './types';

/** What a front end hands the analysis besides the program. Plain data and one optional reader. */
export interface RunAnalysisOptions {
  /** The tsconfig's `{ "transform": "@keyproof/transformer", … }` entry as written (options and `manifest`). @default {} */
  readonly config?: Readonly<Record<string, unknown>>;
  /** Options that win over the entry's (`keyproof check --warnings-as-errors`). */
  readonly override?: KeyproofOptions;
  /**
   * The keys review to run instead of the entry's `manifest` (`keyproof check --frozen`), or
   * `false` for none (a file analysed outside its project).
   */
  readonly manifest?: ManifestOption | false;
  /** How the recorded keys manifest is read: a language server passes its unsaved buffer. @default the file system */
  readonly readFile?: (path: string) => string | undefined;
  /** Store entries per method and version, for messages that say what a key change orphans. */
  readonly entriesOf?: ManifestCheckOptions['entriesOf'];
}

/** A diagnostic with its column: everything the one formatter needs, no program required. */
export interface ReportedDiagnostic extends KeyproofDiagnostic {
  /** 1-based column of `start`, or 0 for program-wide diagnostics. */
  readonly column: number;
}

/** What every front end gets: plain data, no AST nodes. */
export interface Analysis extends AnalysisResult {
  /** The analyser's diagnostics, then the keys review's, with the options' `ignore` and `warningsAsErrors` applied. */
  readonly diagnostics: readonly ReportedDiagnostic[];
  readonly plans: readonly PlannedMemo[];
  /** The options the analysis ran with (read from `config`, then `override`). */
  readonly options: KeyproofOptions;
  /** The keys review, when the `manifest` option (or `RunAnalysisOptions.manifest`) asks for one. */
  readonly keys: KeysReview | undefined;
}

/**
 * The one entry every front end calls: tspc, the transformer hosts (Nest CLI, ts-jest,
 * ts-loader), the source hosts (Vite, esbuild, tsx), `keyproof-plan`, the CLI and an editor.
 * Analyse, then review the keys manifest, then one list of diagnostics; a host differs only in
 * where the program comes from, how it shows `formatDiagnostic`'s lines, and where plans go.
 * Nothing is written: a building host saves `keys.write` with `saveKeys`.
 */
export function runAnalysis(program: ts.Program, ts: TypeScript, options: RunAnalysisOptions = {}): Analysis {
  const config = options.config ?? {};
  const effective: KeyproofOptions = { ...readOptions(config), ...options.override };
  const result = analyseProgram(program, ts, effective);
  const setting = options.manifest === false ? undefined : readManifestOption(options.manifest ?? config['manifest']);
  const keys =
    setting === undefined
      ? undefined
      : reviewManifestOption(
          ts,
          program,
          result,
          setting,
          options.readFile ?? readIfPresent,
          effective,
          options.entriesOf,
        );
  const diagnostics = [...result.diagnostics, ...(keys?.diagnostics ?? [])].map((d) =>
    locateDiagnostic(ts, program, d),
  );
  return {
    plans: result.plans,
    diagnostics,
    strip: result.strip,
    typeInformation: result.typeInformation,
    options: effective,
    keys,
  };
}

/** True when the analysis has an error: every host then fails (tspc's exit code, a thrown compile, nothing written). */
export function hasErrors(analysis: Pick<Analysis, 'diagnostics'>): boolean {
  return analysis.diagnostics.some((d) => d.severity === 'error');
}

/** A diagnostic of `program` with its column (for diagnostics made outside `runAnalysis`, such as `keyproof keys`' differences). */
export function locateDiagnostic(ts: TypeScript, program: ts.Program, d: KeyproofDiagnostic): ReportedDiagnostic {
  if (d.fileName === undefined) return { ...d, column: 0 };
  const sourceFile = program.getSourceFile(d.fileName);
  const column =
    sourceFile !== undefined && d.start !== undefined
      ? ts.getLineAndCharacterOfPosition(sourceFile, d.start).character + 1
      : 1;
  return { ...d, column };
}

function readIfPresent(path: string): string | undefined {
  return fs.existsSync(path) ? fs.readFileSync(path, 'utf8') : undefined;
}
