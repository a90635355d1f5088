import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { printable, sqlitePath } from 'keyproof/store';
import * as transformer from '@keyproof/transformer';
import { formatDiagnostic, MANIFEST_FILE, runAnalysis, type BuiltManifest, type Manifest, type TypeScript } from '@keyproof/transformer';
import { CliError, usageError } from '../cli-error.js';
import { loadProjects, resolveConfigPath, type LoadedProject } from '../load-project.js';
import { loadTypeScript } from '../load-typescript.js';
import { withStore } from '../open-store.js';
import type { Output } from '../output.js';
import { HELP, parseOrExplain } from '../parse-command-args.js';
import { readSummary } from '../read-summary.js';
import { locateStore } from '../store-location.js';
import { USAGE } from '../usage.js';

/** One project's manifest setting, resolved. */
interface KeysProject {
  readonly project: LoadedProject;
  readonly manifestPath: string;
  /** As the user wrote it (for messages). */
  readonly manifestName: string;
  readonly options: Record<string, unknown>;
}

type EntriesOf = (id: string, version: string) => number | undefined;

/** `keyproof keys`: write keyproof.keys.json, `--accept` body changes, or `--diff REF`. */
export async function keysCommand(argv: readonly string[], io: Output): Promise<number> {
  const { values } = parseOrExplain('keys', () =>
    parseArgs({
      args: [...argv],
      options: { ...HELP, project: { type: 'string', short: 'p' }, accept: { type: 'string', multiple: true }, diff: { type: 'string' }, store: { type: 'string' } },
      strict: true,
    }),
  );
  if (values.help) {
    io.out(USAGE.keys);
    return 0;
  }
  if (values.diff !== undefined && values.accept !== undefined) throw usageError('keys', '--diff only reads; it cannot be combined with --accept.');
  if (values.diff !== undefined && (values.diff === '' || values.diff.startsWith('-'))) throw usageError('keys', `--diff takes a git ref (a branch, a tag, a commit), got ${JSON.stringify(values.diff)}.`);
  const configPath = resolveConfigPath(values.project);
  const ts = loadTypeScript(dirname(configPath));
  const entriesOf = await storeEntries(values.store, io);
  let failed = false;
  const known = new Set<string>();
  for (const keys of keysProjects(ts, configPath)) {
    // the manifest is written below, with --accept: the analysis reviews nothing itself
    const analysis = runAnalysis(keys.project.program, ts, { config: keys.options, manifest: false });
    const built = transformer.buildManifest(ts, keys.project.program, analysis);
    const recorded = readRecorded(keys);
    if (values.diff !== undefined) {
      diffAgainstRef(keys, values.diff, built, recorded, entriesOf, io);
      continue;
    }
    const accept = values.accept !== undefined ? { ids: values.accept, by: whoAccepts(dirname(keys.manifestPath)), at: new Date().toISOString().replace(/\.\d+Z$/, 'Z') } : undefined;
    const review = transformer.reviewKeys(built.manifest, recorded, accept);
    const warnings = transformer.differenceDiagnostics(ts, keys.project.program, recorded === undefined ? [] : review.differences, built.sites, false, { manifestName: keys.manifestName, ...(entriesOf ? { entriesOf } : {}) });
    for (const d of warnings) io.out(formatDiagnostic(transformer.locateDiagnostic(ts, keys.project.program, d)));
    if (recorded !== undefined) {
      for (const d of review.differences) if (!transformer.isWarning(d)) io.out(`note: ${transformer.describeDifference(d, { manifestName: keys.manifestName, recordHint: false })}`);
    }
    for (const id of Object.keys(built.manifest.methods)) known.add(id);
    // an id of another project (a solution-style tsconfig) is that project's business
    const refused = review.refused.filter(({ id }) => id in built.manifest.methods || (recorded !== undefined && id in recorded.methods));
    if (refused.length > 0) {
      for (const { id, why } of refused) io.err(`keyproof keys: cannot accept ${id}: ${why}.`);
      io.err(`keyproof keys: ${relativeName(keys.manifestPath)} left as it was.`);
      failed = true;
      continue;
    }
    const text = transformer.serialiseManifest(review.next);
    const previous = existsSync(keys.manifestPath) ? readFileSync(keys.manifestPath, 'utf8') : undefined;
    if (text !== previous) writeFileSync(keys.manifestPath, text);
    const n = Object.keys(review.next.methods).length;
    const name = relativeName(keys.manifestPath);
    io.out(`keyproof keys: ${previous === undefined ? `wrote ${name}` : text === previous ? `${name} is up to date` : `updated ${name}`} (${plural(n)}).`);
    if (review.unresolved.length > 0) {
      io.out(
        `Not recorded: the body change of ${review.unresolved.join(', ')} (same version, same key). ` +
          `\`keyproof check --frozen\` fails until you bump the version or run \`keyproof keys --accept ${review.unresolved[0]}\`.`,
      );
    }
  }
  const unknown = (values.accept ?? []).filter((id) => !known.has(id));
  for (const id of unknown) io.err(`keyproof keys: cannot accept ${id}: no memoised method has this id (ids: ${[...known].sort().join(', ') || 'none'}).`);
  return failed || unknown.length > 0 ? 1 : 0;
}

function diffAgainstRef(
  keys: KeysProject,
  ref: string,
  built: BuiltManifest,
  recorded: Manifest | undefined,
  entriesOf: EntriesOf | undefined,
  io: Output,
): void {
  const dir = dirname(keys.manifestPath);
  const file = keys.manifestPath.slice(dir.length + 1);
  let text: string | undefined;
  try {
    text = execFileSync('git', ['show', `${ref}:./${file}`], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    if (!/does not exist|exists on disk, but not in/.test(stderr)) {
      throw new CliError(`cannot read ${file} at ${ref}: ${stderr.trim() || (error as Error).message}\nFix: give a ref git knows (a branch, a tag, a commit), and run keyproof in the repository.`);
    }
  }
  const base = text !== undefined ? transformer.parseManifest(text, `${file} at ${ref}`) : { format: built.manifest.format, methods: {} };
  const differences = transformer.compareManifests(base, transformer.reconcile(built.manifest, recorded));
  const ctx = { manifestName: `${keys.manifestName} at ${ref}`, recordHint: false, ttlOf: (id: string) => built.sites.get(id)?.ttl, ...(entriesOf ? { entriesOf } : {}) };
  io.out(`Cache keys: ${relativeName(keys.manifestPath)} at ${ref} → this working tree${text === undefined ? ` (no ${file} at ${ref})` : ''}`);
  if (differences.length === 0) io.out('No key, version or body changes.');
  for (const d of differences) io.out(`- ${transformer.describeDifference(d, ctx)}`);
}

function readRecorded(keys: KeysProject): Manifest | undefined {
  if (!existsSync(keys.manifestPath)) return undefined;
  try {
    return transformer.parseManifest(readFileSync(keys.manifestPath, 'utf8'), relativeName(keys.manifestPath));
  } catch (error) {
    if (error instanceof transformer.ManifestError) throw new CliError(error.message);
    throw error;
  }
}

/** The root project and every project it references, with their manifest settings. */
function keysProjects(ts: TypeScript, rootConfig: string): KeysProject[] {
  return [...loadProjects(ts, rootConfig)].map((project) => {
    const setting = transformer.readManifestOption(project.pluginConfig['manifest']) ?? { path: MANIFEST_FILE, frozen: false };
    const manifestPath = isAbsolute(setting.path) ? setting.path : join(dirname(project.configPath), setting.path);
    return { project, manifestPath, manifestName: setting.path, options: project.pluginConfig };
  });
}

/**
 * Entries per method and version in the store, when one is configured (`--store`,
 * `KEYPROOF_STORE`, or the default file exists): messages then say how many entries a change
 * orphans. A store that cannot be read is a note, never a failure of the review.
 */
export async function storeEntries(flag: string | undefined, io: Output): Promise<EntriesOf | undefined> {
  const location = locateStore(flag);
  if (location.source === 'default' && !existsSync(sqlitePath(new URL(location.url)))) return undefined;
  try {
    const summary = await withStore(location, readSummary);
    const counts = new Map<string, number>();
    for (const e of summary.entries) counts.set(`${e.id}\0${e.version}`, (counts.get(`${e.id}\0${e.version}`) ?? 0) + 1);
    const known = new Set(summary.methods.map((m) => m.id));
    return (id, version) => (known.has(id) ? (counts.get(`${id}\0${version}`) ?? 0) : undefined);
  } catch (error) {
    io.err(`note: entry counts left out: ${(error as Error).message.split('\n')[0]} (${printable(location.url)})`);
    return undefined;
  }
}

/** Who accepts: `git config user.name`, else $USER, else "unknown". */
function whoAccepts(cwd: string): string {
  try {
    const name = execFileSync('git', ['config', 'user.name'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (name !== '') return name;
  } catch {
    // not a repository, or no name configured
  }
  return process.env['USER'] || process.env['USERNAME'] || 'unknown';
}

function relativeName(path: string): string {
  return relative(process.cwd(), path) || path;
}

function plural(n: number): string {
  return `${n} memoised ${n === 1 ? 'method' : 'methods'}`;
}
