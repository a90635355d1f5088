import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** How a project compiles or runs its TypeScript, as far as keyproof's set-up differs. */
export type Host = 'tspc' | 'typescript7' | 'vite' | 'nest' | 'jest' | 'esbuild' | 'tsup' | 'tsx';
export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun';

/** What `keyproof init` found in a project, and where it found it (for the report). */
export interface Project {
  readonly root: string;
  readonly packageJson: PackageJson;
  readonly node: string;
  /** The TypeScript version installed (node_modules) or declared (package.json), if any. */
  readonly typescript: string | undefined;
  readonly packageManager: PackageManager;
  readonly hosts: readonly Host[];
  /** One line per finding: `host vite (vitest.config.ts)`. */
  readonly evidence: readonly string[];
}

interface PackageJson {
  readonly type?: string;
  readonly packageManager?: string;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly scripts?: Record<string, string>;
  readonly jest?: unknown;
}

/** The nearest directory at or above `from` holding a package.json, or undefined. */
export function findPackageRoot(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Read the project at `root`: Node, TypeScript, package manager and hosts. */
export function detectProject(root: string, env: NodeJS.ProcessEnv = process.env): Project {
  const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
  const deps = { ...packageJson.dependencies, ...packageJson.devDependencies };
  const files = new Set(readdirSync(root));
  const evidence: string[] = [];
  const configFile = (stem: string) =>
    [...files].find((f) => f.startsWith(`${stem}.`) && /\.(c|m)?(j|t)s$|\.json$/.test(f));

  const typescript = installedVersion(root, 'typescript') ?? declaredVersion(deps.typescript);
  const packageManager = detectPackageManager(files, packageJson, env, evidence);

  const hosts: Host[] = [];
  const found = (host: Host, why: string | undefined) => {
    if (why === undefined || hosts.includes(host)) return;
    hosts.push(host);
    evidence.push(`host ${host} (${why})`);
  };
  found('nest', configFile('nest-cli') ?? (deps['@nestjs/cli'] ? '@nestjs/cli in package.json' : undefined));
  found('vite', configFile('vitest.config') ?? configFile('vite.config') ?? depName(deps, 'vitest', 'vite'));
  found('tsup', configFile('tsup.config') ?? depName(deps, 'tsup'));
  if (!hosts.includes('tsup')) found('esbuild', depName(deps, 'esbuild'));
  found('tsx', depName(deps, 'tsx'));
  found(
    'jest',
    configFile('jest.config') ??
      (packageJson.jest !== undefined ? '"jest" in package.json' : depName(deps, 'jest', 'ts-jest')),
  );
  // tspc when a script runs tsc, or when nothing else compiles the TypeScript
  const tscScript = Object.values(packageJson.scripts ?? {}).some((s) => /\b(tsc|tspc)\b/.test(s));
  if (tscScript || hosts.length === 0) {
    const ts7 = typescript !== undefined && major(typescript) >= 7;
    found(
      ts7 ? 'typescript7' : 'tspc',
      ts7
        ? `typescript ${typescript}`
        : tscScript
          ? 'tsc in a package.json script'
          : 'no bundler found: build with tspc',
    );
  }
  return { root, packageJson, node: process.versions.node, typescript, packageManager, hosts, evidence };
}

function detectPackageManager(
  files: Set<string>,
  pkg: PackageJson,
  env: NodeJS.ProcessEnv,
  evidence: string[],
): PackageManager {
  const declared = /^(npm|pnpm|yarn|bun)@/.exec(pkg.packageManager ?? '')?.[1] as PackageManager | undefined;
  if (declared) {
    evidence.push(`package manager ${declared} ("packageManager" in package.json)`);
    return declared;
  }
  const locks: [string, PackageManager][] = [
    ['pnpm-lock.yaml', 'pnpm'],
    ['yarn.lock', 'yarn'],
    ['bun.lock', 'bun'],
    ['bun.lockb', 'bun'],
    ['package-lock.json', 'npm'],
  ];
  for (const [file, pm] of locks) {
    if (files.has(file)) {
      evidence.push(`package manager ${pm} (${file})`);
      return pm;
    }
  }
  const agent = /^(npm|pnpm|yarn|bun)\//.exec(env.npm_config_user_agent ?? '')?.[1] as PackageManager | undefined;
  evidence.push(`package manager ${agent ?? 'npm'} (${agent ? 'the one running this command' : 'no lockfile yet'})`);
  return agent ?? 'npm';
}

function installedVersion(root: string, pkg: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version?: string })
      .version;
  } catch {
    return undefined;
  }
}

/** `^5.9.3` → `5.9.3`, `~6.0` → `6.0`; a tag or URL gives undefined. */
function declaredVersion(range: string | undefined): string | undefined {
  return /(\d+(?:\.\d+){0,2})/.exec(range ?? '')?.[1];
}

function depName(deps: Record<string, string>, ...names: string[]): string | undefined {
  const name = names.find((n) => deps[n] !== undefined);
  return name ? `${name} in package.json` : undefined;
}

export function major(version: string): number {
  return Number(version.split('.')[0]);
}

/** `22.15.0` ≥ `22.15`? */
export function atLeast(version: string, min: string): boolean {
  const a = version.split('.').map(Number);
  const b = min.split('.').map(Number);
  for (let i = 0; i < b.length; i++) {
    if ((a[i] ?? 0) !== b[i]) return (a[i] ?? 0) > b[i]!;
  }
  return true;
}
