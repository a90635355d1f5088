import { dirname } from 'node:path';
import type * as Transformer from '@keyproof/transformer';
import type { TypeScript } from '@keyproof/transformer';
import { keysProjects, loadManifestTools, readRecorded, type KeysProject, type ManifestTools } from '../commands/keys.js';
import { loadAnalyser, loadTypeScript } from '../load-analyser.js';

export interface ProjectManifest {
  readonly keys: KeysProject;
  readonly built: Transformer.BuiltManifest;
  readonly recorded: Transformer.Manifest | undefined;
}

/**
 * The one place `keyproof review` runs the analyser: every project of the tsconfig, its
 * manifest built from the program, and the manifest file it records.
 */
export function programManifests(configPath: string): { ts: TypeScript; tools: ManifestTools; projects: ProjectManifest[] } {
  const ts = loadTypeScript(dirname(configPath));
  const analyser = loadAnalyser();
  const tools = loadManifestTools();
  const projects = keysProjects(ts, tools, configPath).map((keys) => {
    const result = analyser.analyseProgram(keys.project.program, ts, analyser.readOptions(keys.options)) as unknown as Transformer.AnalysisResult;
    return { keys, built: tools.buildManifest(ts, keys.project.program, result), recorded: readRecorded(tools, keys) };
  });
  return { ts, tools, projects };
}
