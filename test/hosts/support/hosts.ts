import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, RUNTIME, TRANSFORMER } from '../../support/toolchains.js';

/** Where the pinned host packages are installed (npm ci of test/hosts/deps, shared by every host). */
export const DEPS = path.join(ROOT, 'test/hosts/deps/node_modules');
const ROOT_MODULES = path.join(ROOT, 'node_modules');
const SCENARIO = path.join(ROOT, 'test/hosts/scenario/src');
const CLI = path.join(ROOT, 'packages/cli/dist/bin.js');

/**
 * `ok`: the scenario with a keys manifest that matches it, reviewed frozen
 * (`manifest: { frozen: true }`); `stale`: the same after a version bump nobody recorded;
 * `typo`: a misspelt exclusion, no manifest.
 */
export type Variant = 'ok' | 'typo' | 'stale';

/** One way of compiling or running TypeScript, with its exact set-up (what the README's matrix shows). */
export interface Host {
  readonly name: string;
  /** `typescript` the project sees. */
  readonly typescript: string;
  /** Packages linked into the project's node_modules (name -> directory). */
  readonly links?: Readonly<Record<string, string>>;
  /** Whether the host runs the full analysis (a program) or plans from syntax (KP91090). */
  readonly analysis: 'full' | 'syntax';
  readonly decorators: 'tc39' | 'legacy';
  readonly moduleKind: 'esm' | 'commonjs';
  /** Files written into the project besides src/ and tsconfig.json. */
  readonly files?: Readonly<Record<string, string>>;
  /** tsconfig `include`. @default ['src'] */
  readonly include?: readonly string[];
  /** Extra compilerOptions. */
  readonly compilerOptions?: Readonly<Record<string, unknown>>;
  /** Build steps (none for hosts that run the sources). */
  readonly build: readonly Command[];
  /** The run that prints KEYPROOF_RESULT. */
  readonly run: Command;
}

interface Command {
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
}

export interface Outcome {
  readonly code: number;
  readonly output: string;
  readonly result: { upstream: { render: number; caption: number }; bytesIntact: boolean; keys: string[] } | undefined;
}

/** Writes the scenario project for a host under test/.tmp/hosts/ (`scenario`: another scenario's src directory). */
export function createHostProject(host: Host, variant: Variant, scenario = SCENARIO): string {
  const dir = path.join(
    ROOT,
    'test/.tmp/hosts',
    `${host.name}-${variant}${scenario === SCENARIO ? '' : `-${path.basename(path.dirname(scenario))}`}`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  for (const file of fs.readdirSync(scenario)) {
    let text = fs.readFileSync(path.join(scenario, file), 'utf8');
    if (variant === 'typo' && file === 'renderer.ts')
      text = text.replace('@excludeFromKey jobId unique per run\n   */', '@excludeFromKey jobid unique per run\n   */');
    fs.writeFileSync(path.join(dir, 'src', file), text);
  }
  const links: Record<string, string> = {
    keyproof: RUNTIME,
    '@keyproof/transformer': TRANSFORMER,
    '@types/node': path.join(ROOT_MODULES, '@types/node'),
    typescript: host.typescript,
    ...host.links,
  };
  for (const [name, target] of Object.entries(links)) {
    const at = path.join(dir, 'node_modules', name);
    fs.mkdirSync(path.dirname(at), { recursive: true });
    fs.symlinkSync(target, at, 'dir');
  }
  const esm = host.moduleKind === 'esm';
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify(
      {
        name: `keyproof-host-${host.name}`,
        private: true,
        type: esm ? 'module' : 'commonjs',
        dependencies: { keyproof: '*' },
      },
      null,
      2,
    ),
  );
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: esm ? 'NodeNext' : 'CommonJS',
          moduleResolution: esm ? 'NodeNext' : 'Node10',
          strict: true,
          skipLibCheck: true,
          types: ['node'],
          outDir: 'dist',
          rootDir: 'src',
          noEmitOnError: true,
          ...(host.decorators === 'legacy' ? { experimentalDecorators: true } : {}),
          plugins: [
            { transform: '@keyproof/transformer', ...(variant === 'typo' ? {} : { manifest: { frozen: true } }) },
          ],
          ...host.compilerOptions,
        },
        include: host.include ?? ['src'],
      },
      null,
      2,
    ),
  );
  for (const [file, text] of Object.entries(host.files ?? {})) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/**
 * Records the project's keys (`keyproof keys`, the CLI as a user runs it) for the frozen
 * variants; `stale` then bumps a version without recording it. Throws when keys fails.
 */
export async function recordKeys(dir: string, variant: Variant): Promise<void> {
  if (variant === 'typo') return;
  const keys = await exec({ args: [node, CLI, 'keys', '-p', '.'] }, dir);
  if (keys.code !== 0) throw new Error(`keyproof keys failed in ${dir}:\n${keys.output}`);
  if (variant === 'stale') {
    const file = path.join(dir, 'src/renderer.ts');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace("@memoize({ version: 'v1' })", "@memoize({ version: 'v2' })"),
    );
  }
}

/**
 * The keyproof diagnostics in a host's output, whichever way the host shows them: the one
 * formatter's `src/a.ts:12:5 - error KP91001: …` (or `error KP91076: …` for the program), or
 * tsc's `src/a.ts(12,5): error TS91001: [keyproof] …` (tspc adds them as TypeScript
 * diagnostics). One line each, `a.ts:12:5 error 91001 message`, sorted, without repeats.
 */
export function keyproofDiagnostics(output: string): string[] {
  const found = new Set<string>();
  const text = output.replace(/\s*\[plugin:? ?keyproof\]/g, '');
  const add = (
    file: string | undefined,
    line: string | undefined,
    column: string | undefined,
    severity: string,
    code: string,
    message: string,
  ): void => {
    // webpack prints the error again as a quoted string: `…Fix: write "jobId".\n' +`
    const text = message.trim().replace(/(?:\\n)+['"]?\s*\+?$/, '');
    found.add(`${file !== undefined ? `${file}:${line}:${column} ` : ''}${severity} ${code} ${text}`);
  };
  for (const m of text.matchAll(/([\w.-]+\.ts):(\d+):(\d+) - (error|warning) KP(\d+): ([^\n]*)/g))
    add(m[1], m[2], m[3], m[4]!, m[5]!, m[6]!);
  for (const m of text.matchAll(/([\w.-]+\.ts)\((\d+),(\d+)\): (error|warning) TS(91\d{3}): \[keyproof\] ([^\n]*)/g))
    add(m[1], m[2], m[3], m[4]!, m[5]!, m[6]!);
  for (const m of text.matchAll(/(?<!\d - |\): )\b(error|warning) (?:KP|TS)(91\d{3}): (?:\[keyproof\] )?([^\n]*)/g))
    add(undefined, undefined, undefined, m[1]!, m[2]!, m[3]!);
  return [...found].sort();
}

/** Builds (when the host builds) and runs the scenario; never throws, the test reads the outcome. */
export async function runHost(host: Host, dir: string): Promise<Outcome> {
  return runHostSteps(host, dir);
}

/** `runHost` without its build when `build` is false (a second process on the same project). */
export async function runHostSteps(host: Host, dir: string, build = true): Promise<Outcome> {
  let output = '';
  for (const step of build ? host.build : []) {
    const built = await exec(step, dir);
    output += built.output;
    if (built.code !== 0) return { code: built.code, output, result: undefined };
  }
  const ran = await exec(host.run, dir);
  output += ran.output;
  const line = /KEYPROOF_RESULT (\{.*\})/.exec(ran.output)?.[1];
  return { code: ran.code, output, result: line !== undefined ? (JSON.parse(line) as Outcome['result']) : undefined };
}

function exec(command: Command, cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...command.env, FORCE_COLOR: '0', NO_COLOR: '1', CI: 'true' };
    delete env['KEYPROOF_STORE'];
    delete env['NODE_OPTIONS'];
    delete env['VITEST'];
    delete env['VITEST_POOL_ID'];
    delete env['VITEST_WORKER_ID'];
    const child = spawn(command.args[0]!, command.args.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
    child.on('error', (error) => resolve({ code: 1, output: output + String(error) }));
  });
}

/** Runs tasks with at most `limit` at once (the CI machine has 2 cores). */
export async function limited<T>(limit: number, tasks: ReadonlyArray<() => Promise<T>>): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

export const node = process.execPath;
export { ROOT_MODULES };
