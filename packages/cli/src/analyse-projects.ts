import type { KeyproofDiagnostic, KeyproofOptions, TypeScript } from '@keyproof/transformer';
import type { Analyser } from './load-analyser.js';
import { formatDiagnostic } from './format-diagnostic.js';
import { loadProjects, type LoadedProject } from './load-project.js';

export interface ProjectsAnalysis {
  /** Diagnostics, each formatted like tsc, deduplicated across projects that share files. */
  readonly diagnostics: ReadonlyArray<{ readonly diagnostic: KeyproofDiagnostic; readonly text: string; readonly program: LoadedProject['program'] }>;
  readonly planned: number;
  /** Config files that have sources but no keyproof plugin entry. */
  readonly unconfigured: readonly string[];
}

/**
 * Analyse a tsconfig and, like `tsc -b`, every project it references (a solution-style
 * tsconfig lists only references). Each project is analysed with its own plugin options.
 */
export function analyseProjects(ts: TypeScript, analyser: Analyser, rootConfig: string, override: KeyproofOptions): ProjectsAnalysis {
  const found = new Map<string, { diagnostic: KeyproofDiagnostic; text: string; program: LoadedProject['program'] }>();
  const unconfigured: string[] = [];
  let planned = 0;
  for (const project of loadProjects(ts, rootConfig)) {
    if (!project.pluginConfigured) unconfigured.push(project.configPath);
    const result = analyser.analyseProgram(project.program, ts, { ...analyser.readOptions(project.pluginConfig), ...override });
    planned += result.plans.length;
    for (const d of result.diagnostics) {
      const key = `${d.fileName ?? ''}\0${d.start ?? ''}\0${d.code}`;
      if (!found.has(key)) found.set(key, { diagnostic: d, text: formatDiagnostic(d, project.program), program: project.program });
    }
  }
  const diagnostics = [...found.values()].sort(
    (a, b) => (a.diagnostic.fileName ?? '').localeCompare(b.diagnostic.fileName ?? '') || (a.diagnostic.start ?? 0) - (b.diagnostic.start ?? 0),
  );
  return { diagnostics, planned, unconfigured };
}
