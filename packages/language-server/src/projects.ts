import * as path from 'node:path';
import * as fs from 'node:fs';
import { normalise, Project, type OpenFiles } from './project';

/**
 * The projects of a workspace, one per tsconfig.json, made when a file of theirs is first
 * opened: a file belongs to the nearest tsconfig.json above it that includes it.
 */
export class Projects {
  private readonly byConfig = new Map<string, Project>();
  /** The open files each project was asked about: a project with none left is let go. */
  private readonly served = new Map<Project, Set<string>>();

  constructor(private readonly open: OpenFiles) {}

  /** The project of `fileName`, or undefined when no tsconfig.json above it includes it. */
  of(fileName: string): Project | undefined {
    const name = normalise(fileName);
    for (const configPath of configsAbove(path.dirname(name))) {
      let project = this.byConfig.get(configPath);
      if (project === undefined) {
        project = new Project(configPath, this.open);
        this.byConfig.set(configPath, project);
      }
      if (project.contains(name)) {
        const files = this.served.get(project) ?? new Set<string>();
        files.add(name);
        this.served.set(project, files);
        return project;
      }
    }
    return undefined;
  }

  /**
   * The editor closed `fileName`: every project no open file belongs to any more is disposed
   * (its language service, its program and its hold on the shared parsed files). A workspace
   * of many tsconfigs (a monorepo, a folder of examples) would otherwise keep every program it
   * ever opened: 327 corpus projects took the server past 4 GB.
   */
  closed(fileName: string): void {
    const name = normalise(fileName);
    for (const [configPath, project] of this.byConfig) {
      const files = this.served.get(project);
      files?.delete(name);
      if (files !== undefined && files.size > 0) continue;
      project.dispose();
      this.served.delete(project);
      this.byConfig.delete(configPath);
    }
  }

  all(): IterableIterator<Project> {
    return this.byConfig.values();
  }

  /** A file changed on disk: every project rereads it. */
  changedOnDisk(fileName: string): void {
    for (const project of this.byConfig.values()) project.changedOnDisk(fileName);
  }

  dispose(): void {
    for (const project of this.byConfig.values()) project.dispose();
    this.byConfig.clear();
    this.served.clear();
  }
}

function* configsAbove(dir: string): Generator<string> {
  let current = dir;
  for (;;) {
    const candidate = path.join(current, 'tsconfig.json');
    if (fs.existsSync(candidate)) yield normalise(candidate);
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}
