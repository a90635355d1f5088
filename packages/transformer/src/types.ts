import type * as ts from 'typescript';
import type { PlanDescription } from '@keyproof/plan';

/** The key plan's shape is `@keyproof/plan`'s, shared with the runtime that reads it. */
export type { KeyField, ExcludedField, PlanDescription } from '@keyproof/plan';

/** Where one part of a declared tag comes from: a key field (with a path inside it), a constant, or (when reported) an expression. */
export type TagPartSource =
  | { readonly field: string }
  | { readonly constant: string | number | boolean }
  | { readonly expression: string };

/** One tag a method declares, as `keyproof.keys.json` records it. */
export interface DeclaredTag {
  readonly name: string;
  readonly parts: readonly TagPartSource[];
}

/** The TypeScript module the host hands us (ts-patch's `extras.ts`): never a copy of our own. */
export type TypeScript = typeof ts;

/** Plugin options, as written next to `"transform": "@keyproof/transformer"` in tsconfig. */
export interface KeyproofOptions {
  /**
   * Report warnings as errors: `true` for all of them, or a list of codes (`[91050, 91051]`).
   * @default false
   */
  readonly warningsAsErrors?: boolean | readonly number[];
  /** Codes not to report at all (e.g. `[91041]` to allow `process.env` reads). @default [] */
  readonly ignore?: readonly number[];
  /**
   * Extra parameter names that look per-call (added to `jobId`, `requestId`, `traceId`, …).
   * @default []
   */
  readonly perCallNames?: readonly string[];
  /**
   * More per-call sources, by callee as written (`"makeJobId"`, `"ids.next"`, matched as the
   * whole callee or its last segments): a call of one is new on every call, like `randomUUID()`.
   * @default []
   */
  readonly perCallSources?: readonly string[];
  /**
   * Where the plugin reports warnings. By default (`"stderr"`) they are printed on stderr
   * (`src/a.ts:12:5 - warning KP91050: …`, as every keyproof host prints them), so that only
   * errors change the exit code: `tsc` exits 2 ("diagnostics
   * present") when any diagnostic is added, warnings included, which would make every warning
   * fail a build. `"diagnostic"` adds them to the program's diagnostics instead (for hosts
   * that show diagnostics and do not treat them as failures). Ignored by the analyser itself.
   * @default "stderr"
   */
  readonly warnings?: 'diagnostic' | 'stderr';
}

/** Where a plan is emitted: the `@memoize` decorator or the `memoize(fn)` call, by offset. */
export interface PlanSite {
  readonly kind: 'method' | 'function';
  /** Absolute file name as the program knows it. */
  readonly fileName: string;
  /** Start offset (without trivia) of the decorator expression or of the `memoize(...)` call. */
  readonly start: number;
  /** Start offset of the memoised function itself (its parameter list feeds the projector). */
  readonly fnStart: number;
}

/** The analyser's verdict on one memoised method or function. */
export interface PlannedMemo {
  readonly site: PlanSite;
  readonly plan: PlanDescription;
  /** How the emitted file names the classes of `plan.result`, in order (present exactly when it is). */
  readonly classes?: readonly ClassRef[];
  /** The tags its `tags` option declares (name, and the key field or constant of each part); absent when none. */
  readonly tags?: readonly DeclaredTag[];
}

/**
 * How an emitted file names a class at run time: a class declared at the top of the file
 * itself, or an export (`default` or a name) of a module, written as the file writes its imports.
 */
export type ClassRef =
  | { readonly name: string; readonly local: true }
  | { readonly name: string; readonly module: string; readonly export: string };

export type Severity = 'error' | 'warning';

/** A diagnostic as plain data: the CLI prints it, the plugin turns it into a `ts.Diagnostic`. */
export interface KeyproofDiagnostic {
  readonly code: number;
  readonly severity: Severity;
  readonly fileName: string | undefined;
  readonly start: number | undefined;
  readonly length: number | undefined;
  /** 1-based line of `start`, or 0 for program-wide diagnostics. */
  readonly line: number;
  readonly message: string;
}

/** Everything the analyser found in a program. Plain data: no AST nodes. */
export interface AnalysisResult {
  readonly plans: readonly PlannedMemo[];
  readonly diagnostics: readonly KeyproofDiagnostic[];
  /** Offsets of annotation-only decorators (`@cacheKey`, `@notKey`) to drop, per file. */
  readonly strip: ReadonlyMap<string, ReadonlySet<number>>;
  /** False when the program had no type information (transpile-only host). */
  readonly typeInformation: boolean;
}
