import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { runAnalysis, type PlanDescription } from '@keyproof/transformer';
import { loadProjects } from './load-project.js';
import { loadTypeScript } from './load-typescript.js';

/** A memoised method's key plan as the build would emit it, read from the project's sources. */
export interface SourcePlan {
  readonly configPath: string;
  readonly plan: PlanDescription;
}

/**
 * The plan of method `id` from the project at `project` (`-p`: a tsconfig, or a directory
 * holding tsconfig.json; default the working directory), analysed as every host analyses it.
 * Undefined when there is no tsconfig there or no memoised method has that id; `ids` lists
 * the ids the project plans.
 */
export function planFromSource(
  id: string,
  project: string | undefined,
): { found?: SourcePlan; ids: string[] } | undefined {
  const given = resolve(project ?? '.');
  const configPath = existsSync(given) && statSync(given).isDirectory() ? join(given, 'tsconfig.json') : given;
  if (!existsSync(configPath)) return undefined;
  const ts = loadTypeScript(dirname(configPath));
  const ids: string[] = [];
  for (const loaded of loadProjects(ts, configPath)) {
    const analysis = runAnalysis(loaded.program, ts, { config: loaded.pluginConfig, manifest: false });
    for (const planned of analysis.plans) {
      if (planned.plan.id === id) return { found: { configPath: loaded.configPath, plan: planned.plan }, ids };
      ids.push(planned.plan.id);
    }
  }
  return { ids };
}
