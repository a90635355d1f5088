import { dirname } from 'node:path';
import type * as Transformer from '@keyproof/transformer';
import { runAnalysis, type TypeScript } from '@keyproof/transformer';
import {
  keysProjects,
  loadManifestTools,
  readRecorded,
  type KeysProject,
  type ManifestTools,
} from '../commands/keys.js';
import { loadTypeScript } from '../load-typescript.js';

export interface ProjectManifest {
  readonly keys: KeysProject;
  readonly built: Transformer.BuiltManifest;
  readonly recorded: Transformer.Manifest | undefined;
}

/**
 * The one place `keyproof review` runs the analyser: every project of the tsconfig, its
 * manifest built from the program, and the manifest file it records.
 */
export function programManifests(configPath: string): {
  ts: TypeScript;
  tools: ManifestTools;
  projects: ProjectManifest[];
} {
  const ts = loadTypeScript(dirname(configPath));
  const tools = loadManifestTools();
  const projects = keysProjects(ts, tools, configPath).map((keys) => {
    const analysis = runAnalysis(keys.project.program, ts, { config: keys.options, manifest: false });
    return {
      keys,
      built: tools.buildManifest(ts, keys.project.program, analysis),
      recorded: readRecorded(tools, keys),
    };
  });
  return { ts, tools, projects };
}
