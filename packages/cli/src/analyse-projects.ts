import {
  formatDiagnostic,
  MANIFEST_FILE,
  readManifestOption,
  runAnalysis,
  type KeyproofOptions,
  type ReportedDiagnostic,
  type RunAnalysisOptions,
  type TypeScript,
} from '@keyproof/transformer';
import { loadProjects } from './load-project.js';

/** One project's keys verdict (`check --frozen`, or a `manifest` option in its tsconfig entry). */
interface KeysVerdict {
  readonly manifestPath: string;
  readonly methods: number;
  readonly errors: number;
}

export interface ProjectsAnalysis {
  /** Diagnostics, each formatted like tsc, deduplicated across projects that share files. */
  readonly diagnostics: ReadonlyArray<{ readonly diagnostic: ReportedDiagnostic; readonly text: string }>;
  readonly planned: number;
  /** Config files that have sources but no keyproof plugin entry. */
  readonly unconfigured: readonly string[];
  /** The keys verdict of every project whose manifest was checked. */
  readonly keys: readonly KeysVerdict[];
}

export interface AnalyseProjectsOptions {
  readonly override: KeyproofOptions;
  /** `--frozen`: review every project's manifest frozen, whatever its tsconfig entry says. */
  readonly frozen: boolean;
  readonly entriesOf?: RunAnalysisOptions['entriesOf'];
}

/**
 * Analyse a tsconfig and, like `tsc -b`, every project it references (a solution-style
 * tsconfig lists only references), with the analysis every host runs (`runAnalysis`): each
 * project with its own plugin options and keys review. Nothing is written.
 */
export function analyseProjects(ts: TypeScript, rootConfig: string, options: AnalyseProjectsOptions): ProjectsAnalysis {
  const found = new Map<string, { diagnostic: ReportedDiagnostic; text: string }>();
  const unconfigured: string[] = [];
  const keys: KeysVerdict[] = [];
  let planned = 0;
  for (const project of loadProjects(ts, rootConfig)) {
    if (!project.pluginConfigured) unconfigured.push(project.configPath);
    const analysis = runAnalysis(project.program, ts, {
      config: project.pluginConfig,
      override: options.override,
      ...(options.frozen
        ? {
            manifest: {
              path: readManifestOption(project.pluginConfig['manifest'])?.path ?? MANIFEST_FILE,
              frozen: true,
            },
          }
        : {}),
      ...(options.entriesOf !== undefined ? { entriesOf: options.entriesOf } : {}),
    });
    planned += analysis.plans.length;
    if (analysis.keys?.checked === true) {
      keys.push({
        manifestPath: analysis.keys.path,
        methods: analysis.keys.methods,
        errors: analysis.keys.diagnostics.filter((d) => d.severity === 'error').length,
      });
    }
    for (const d of analysis.diagnostics) {
      const key = `${d.fileName ?? ''}\0${d.start ?? ''}\0${d.code}\0${d.message}`;
      if (!found.has(key)) found.set(key, { diagnostic: d, text: formatDiagnostic(d) });
    }
  }
  const diagnostics = [...found.values()].sort(
    (a, b) =>
      (a.diagnostic.fileName ?? '').localeCompare(b.diagnostic.fileName ?? '') ||
      (a.diagnostic.start ?? 0) - (b.diagnostic.start ?? 0),
  );
  return { diagnostics, planned, unconfigured, keys };
}
