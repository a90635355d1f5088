import { atLeast, major, type PackageManager, type Project } from './detect-project.js';

/** The versions the README's install table pins (tested together in test/hosts). */
const PINS = {
  ts59: { typescript: '5.9.3', 'ts-patch': '3.3.0', '@types/node': '20.19.43' },
  ts60: { typescript: '6.0.3', 'ts-patch': '4.0.1', '@types/node': '22.19.21' },
  ts7: { typescript: '7.0.2', '@types/node': '20.19.43' },
  keyv: '5.6.0',
} as const;

/** What to install, and the commands that install it with the project's package manager. */
export interface InstallPlan {
  readonly dev: readonly string[];
  readonly runtime: readonly string[];
  readonly commands: readonly string[];
  /** Why this TypeScript line (or a warning about the one the project has). */
  readonly notes: readonly string[];
}

/** The pinned install line for the project's Node, TypeScript, package manager and hosts. */
export function installPlan(project: Project, keyproofVersion: string): InstallPlan {
  const notes: string[] = [];
  const deps = { ...project.packageJson.dependencies, ...project.packageJson.devDependencies };
  const dev = [`@keyproof/transformer@${keyproofVersion}`, `@keyproof/cli@${keyproofVersion}`];
  const ts = project.typescript;
  const pin = (pins: Record<string, string>) => {
    for (const [name, version] of Object.entries(pins)) {
      if (name === '@types/node' && deps[name] !== undefined) continue; // the project's own Node types stay
      if (name === 'typescript' && ts !== undefined && major(ts) === major(version) && deps.typescript !== undefined)
        continue;
      dev.push(`${name}@${version}`);
    }
  };
  if (ts !== undefined && !atLeast(ts, '5.3')) {
    notes.push(
      `typescript ${ts} is older than keyproof supports (5.3 or later): the line below moves it to ${PINS.ts59.typescript}.`,
    );
  }
  if (project.hosts.includes('typescript7')) {
    pin(PINS.ts7);
    notes.push(
      `TypeScript 7 has no transformer API: build with \`tsc -p . && keyproof-plan -p .\` (keyproof analyses with its own TypeScript 6.0).`,
    );
  } else if (project.hosts.includes('tspc')) {
    const node22 = atLeast(project.node, '22.15');
    const wants6 = ts !== undefined ? major(ts) === 6 : node22;
    if (wants6 && !node22) {
      notes.push(
        `typescript ${ts} needs ts-patch 4, which declares Node >= 22.15 (this is Node ${project.node}): the line below is TypeScript 5.9 + ts-patch 3.3, or use TypeScript 7 with keyproof-plan.`,
      );
    }
    pin(wants6 && node22 ? PINS.ts60 : PINS.ts59);
  } else if (ts === undefined) {
    dev.push(`typescript@${PINS.ts59.typescript}`); // the bundler hosts analyse with the project's TypeScript
  }
  const runtime = [`keyproof@${keyproofVersion}`, `keyv@${PINS.keyv}`];
  return {
    dev,
    runtime,
    commands: [command(project.packageManager, dev, true), command(project.packageManager, runtime, false)],
    notes,
  };
}

function command(pm: PackageManager, packages: readonly string[], dev: boolean): string {
  const verb = { npm: 'npm install', pnpm: 'pnpm add', yarn: 'yarn add', bun: 'bun add' }[pm];
  const flag = dev ? (pm === 'bun' ? ' -d' : ' -D') : '';
  const exact = pm === 'npm' ? ' --save-exact' : pm === 'bun' ? ' --exact' : ' -E';
  return `${verb}${flag}${exact} ${packages.join(' ')}`;
}
