import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { CliError } from '../cli-error.js';
import { detectProject, findPackageRoot } from '../init/detect-project.js';
import { installPlan } from '../init/install-line.js';
import { planInit, type FileChange } from '../init/plan-init.js';
import { loadTypeScript } from '../load-typescript.js';
import type { Output } from '../output.js';
import { HELP, parseOrExplain } from '../parse-command-args.js';
import { USAGE } from '../usage.js';

/** `keyproof init`: set a project up for keyproof, printing every change (or, with --dry-run, every edit it would make). */
export async function initCommand(argv: readonly string[], io: Output): Promise<number> {
  const { values } = parseOrExplain('init', () =>
    parseArgs({
      args: [...argv],
      options: { ...HELP, 'dry-run': { type: 'boolean' }, install: { type: 'boolean' }, json: { type: 'boolean' } },
      strict: true,
    }),
  );
  if (values.help) {
    io.out(USAGE.init);
    return 0;
  }
  const root = findPackageRoot(process.cwd());
  if (!root) {
    throw new CliError(
      `no package.json in ${process.cwd()} or above: keyproof init sets up an npm project.\nFix: run \`npm init -y\` first (or run init from the project's directory).`,
    );
  }
  const project = detectProject(root);
  const ts = loadTypeScript(root);
  let plan: ReturnType<typeof planInit>;
  try {
    plan = planInit(project, ts);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  const install = installPlan(project, ownVersion());
  const dry = values['dry-run'] === true;
  const rel = (file: string) => relative(root, file) || file;
  // --json: the same work, reported as one object on stdout (the install's own output goes to stderr)
  const human = io;
  if (values.json) io = { out: () => undefined, err: (t) => human.err(t) };

  io.out(
    `keyproof init in ${root}\n` +
      `  Node ${project.node}, TypeScript ${project.typescript ?? '(none yet)'}, ${project.packageManager}; host${project.hosts.length > 1 ? 's' : ''}: ${project.hosts.join(', ')}\n` +
      project.evidence.map((e) => `  found: ${e}\n`).join(''),
  );
  const missing = [...install.dev, ...install.runtime].filter((spec) => !declared(project.packageJson, spec));
  if (missing.length === 0) io.out('Install: every pinned package is already in package.json.\n');
  else {
    io.out(
      `Install (pinned versions, tested together)${values.install && !dry ? '' : '; run it, or pass --install'}:\n${install.commands.map((c) => `  ${c}\n`).join('')}`,
    );
  }
  for (const note of install.notes) io.out(`  note: ${note}`);

  if (plan.changes.length === 0) io.out('Nothing to change: the project is already set up for keyproof.');
  for (const change of plan.changes) {
    if (dry)
      io.out(
        `Would ${change.before === undefined ? 'create' : 'edit'} ${rel(change.file)}: ${change.what.join('; ')}\n${diff(change)}`,
      );
    else {
      writeFileSync(change.file, change.after);
      io.out(`${change.before === undefined ? 'Created' : 'Edited'} ${rel(change.file)}: ${change.what.join('; ')}`);
    }
  }
  if (plan.notes.length)
    io.out(
      `\nNotes, and steps init leaves to you (it does not edit code):\n${plan.notes.map((n) => `  ${n}`).join('\n')}`,
    );
  if (dry) io.out('\n--dry-run: nothing was written or installed.');
  else if (values.install && missing.length > 0) {
    for (const command of install.commands) {
      io.err(`$ ${command}`);
      const run = spawnSync(command, {
        cwd: root,
        stdio: ['inherit', values.json ? process.stderr : 'inherit', 'inherit'],
        shell: true,
      });
      if (run.status !== 0)
        throw new CliError(`\`${command}\` failed (exit ${run.status ?? run.signal}); the file edits above are kept.`);
    }
  }
  if (values.json) {
    human.out(
      JSON.stringify(
        {
          root,
          node: project.node,
          typescript: project.typescript ?? null,
          packageManager: project.packageManager,
          hosts: project.hosts,
          install: { commands: install.commands, missing, ran: values.install === true && !dry && missing.length > 0 },
          changes: plan.changes.map((c) => ({
            file: rel(c.file),
            created: c.before === undefined,
            what: c.what,
            written: !dry,
          })),
          notes: [...install.notes, ...plan.notes],
          dryRun: dry,
        },
        null,
        2,
      ),
    );
  }
  return 0;
}

function declared(
  pkg: { dependencies?: Record<string, string>; devDependencies?: Record<string, string> },
  spec: string,
): boolean {
  const at = spec.lastIndexOf('@');
  const name = spec.slice(0, at);
  const version = spec.slice(at + 1);
  const range = pkg.devDependencies?.[name] ?? pkg.dependencies?.[name];
  return range !== undefined && range.replace(/^[\^~=]/, '') === version;
}

function ownVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
    .version;
}

/** The changed lines of a file: `-` before, `+` after, the unchanged lines around them left out. */
function diff(change: FileChange): string {
  const a = change.before === undefined ? [] : change.before.split('\n');
  const b = change.after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const removed = a.slice(head, a.length - tail).map((l) => `  - ${l}`);
  const added = b.slice(head, b.length - tail).map((l) => `  + ${l}`);
  return [`  @@ line ${head + 1}`, ...removed, ...added].join('\n');
}
