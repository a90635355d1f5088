import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { redact, sqlitePath } from 'keyproof/store';
import * as transformer from '@keyproof/transformer';
import type * as Transformer from '@keyproof/transformer';
import { formatDiagnostic, runAnalysis, type TypeScript } from '@keyproof/transformer';
import { CliError, usageError } from '../cli-error.js';
import { loadTypeScript } from '../load-typescript.js';
import { loadProjects, resolveConfigPath, type LoadedProject } from '../load-project.js';
import { withStore } from '../open-store.js';
import type { Output } from '../output.js';
import { HELP, parseOrExplain } from '../parse-command-args.js';
import { readSummary } from '../read-summary.js';
import { locateStore } from '../store-location.js';
import { manifestAtRef } from '../manifest-at-ref.js';
import { USAGE } from '../usage.js';

/** The keys manifest's tools, from @keyproof/transformer's public API (passed to the review's helpers). */
export type ManifestTools = typeof transformer;

/** One project's manifest setting, resolved. */
export interface KeysProject {
  readonly project: LoadedProject;
  readonly manifestPath: string;
  /** As the user wrote it (for messages). */
  readonly manifestName: string;
  readonly options: Record<string, unknown>;
}

type EntriesOf = (id: string, version: string) => number | undefined;

/** One project in `keyproof keys --json`. */
interface KeysJson {
  readonly manifest: string;
  /** With --diff: the ref compared with. */
  readonly ref?: string;
  /** Without --diff: what happened to the file. */
  readonly written?: 'wrote' | 'updated' | 'up to date' | 'unchanged';
  readonly methods?: number;
  readonly differences: readonly { readonly id: string; readonly kind: string; readonly message: string }[];
  readonly unresolved?: readonly string[];
  readonly refused?: readonly { readonly id: string; readonly why: string }[];
}

/** `keyproof keys`: write keyproof.keys.json, `--accept` body changes, or `--diff REF`. */
export async function keysCommand(argv: readonly string[], io: Output): Promise<number> {
  const { values } = parseOrExplain('keys', () =>
    parseArgs({
      args: [...argv],
      options: {
        ...HELP,
        project: { type: 'string', short: 'p' },
        accept: { type: 'string', multiple: true },
        base: { type: 'string' },
        diff: { type: 'string' },
        store: { type: 'string' },
        json: { type: 'boolean' },
      },
      strict: true,
    }),
  );
  if (values.help) {
    io.out(USAGE.keys);
    return 0;
  }
  if (values.diff !== undefined && values.accept !== undefined)
    throw usageError('keys', '--diff only reads; it cannot be combined with --accept.');
  if (values.diff !== undefined && (values.diff === '' || values.diff.startsWith('-')))
    throw usageError('keys', `--diff takes a git ref (a branch, a tag, a commit), got ${JSON.stringify(values.diff)}.`);
  if (values.base !== undefined && values.accept === undefined)
    throw usageError('keys', '--base REF says what an --accept is measured from; give --accept ID with it.');
  if (values.base !== undefined && (values.base === '' || values.base.startsWith('-')))
    throw usageError('keys', `--base takes a git ref (a branch, a tag, a commit), got ${JSON.stringify(values.base)}.`);
  const report: KeysJson[] = [];
  const say: Output = values.json ? { out: () => undefined, err: (t) => io.err(t) } : io;
  const configPath = resolveConfigPath(values.project);
  const ts = loadTypeScript(dirname(configPath));
  const tools = loadManifestTools();
  const entriesOf = await storeEntries(values.store, io);
  const describe = (d: Transformer.Difference, manifestName: string) => ({
    id: d.id,
    kind: d.kind,
    message: tools.describeDifference(d, { manifestName, recordHint: false, ...(entriesOf ? { entriesOf } : {}) }),
  });
  let failed = false;
  const known = new Set<string>();
  for (const keys of keysProjects(ts, tools, configPath)) {
    // the manifest is written below, with --accept: the analysis reviews nothing itself
    const analysis = runAnalysis(keys.project.program, ts, { config: keys.options, manifest: false });
    const built = tools.buildManifest(ts, keys.project.program, analysis);
    const recorded = readRecorded(tools, keys);
    if (values.diff !== undefined) {
      const differences = diffAgainstRef(tools, keys, values.diff, built, recorded, entriesOf, say);
      report.push({
        manifest: relativeName(keys.manifestPath),
        ref: values.diff,
        differences: differences.map((d) => describe(d, `${keys.manifestName} at ${values.diff}`)),
      });
      continue;
    }
    const base = values.base !== undefined ? manifestAtRef(tools, keys.manifestPath, values.base).manifest : undefined;
    const accept =
      values.accept !== undefined
        ? {
            ids: values.accept,
            by: whoAccepts(dirname(keys.manifestPath)),
            at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
            ...(base ? { base } : {}),
          }
        : undefined;
    const review = tools.reviewKeys(built.manifest, recorded, accept);
    const warnings = tools.differenceDiagnostics(
      ts,
      keys.project.program,
      recorded === undefined ? [] : review.differences,
      built.sites,
      false,
      { manifestName: keys.manifestName, ...(entriesOf ? { entriesOf } : {}) },
    );
    for (const d of warnings) say.out(formatDiagnostic(tools.locateDiagnostic(ts, keys.project.program, d)));
    if (recorded !== undefined) {
      for (const d of review.differences)
        if (!tools.isWarning(d))
          say.out(`note: ${tools.describeDifference(d, { manifestName: keys.manifestName, recordHint: false })}`);
    }
    for (const id of Object.keys(built.manifest.methods)) known.add(id);
    // an id of another project (a solution-style tsconfig) is that project's business
    const refused = review.refused.filter(
      ({ id }) => id in built.manifest.methods || (recorded !== undefined && id in recorded.methods),
    );
    if (refused.length > 0) {
      for (const { id, why } of refused) say.err(`keyproof keys: cannot accept ${id}: ${why}.`);
      say.err(`keyproof keys: ${relativeName(keys.manifestPath)} left as it was.`);
      failed = true;
      report.push({
        manifest: relativeName(keys.manifestPath),
        written: 'unchanged',
        methods: Object.keys(recorded?.methods ?? {}).length,
        differences: review.differences.map((d) => describe(d, keys.manifestName)),
        unresolved: review.unresolved,
        refused,
      });
      continue;
    }
    const text = tools.serialiseManifest(review.next);
    const previous = existsSync(keys.manifestPath) ? readFileSync(keys.manifestPath, 'utf8') : undefined;
    if (text !== previous) writeFileSync(keys.manifestPath, text);
    const n = Object.keys(review.next.methods).length;
    const written = previous === undefined ? 'wrote' : text === previous ? 'up to date' : 'updated';
    report.push({
      manifest: relativeName(keys.manifestPath),
      written,
      methods: n,
      differences: recorded === undefined ? [] : review.differences.map((d) => describe(d, keys.manifestName)),
      unresolved: review.unresolved,
      refused: [],
    });
    const name = relativeName(keys.manifestPath);
    say.out(
      `keyproof keys: ${previous === undefined ? `wrote ${name}` : text === previous ? `${name} is up to date` : `updated ${name}`} (${plural(n)}).`,
    );
    if (review.unresolved.length > 0) {
      say.out(
        `Not recorded: the body change of ${review.unresolved.join(', ')} (same version, same key). ` +
          `\`keyproof check --frozen\` fails until you bump the version or run \`keyproof keys --accept ${review.unresolved[0]}\`.`,
      );
    }
  }
  const unknown = (values.accept ?? []).filter((id) => !known.has(id));
  for (const id of unknown)
    io.err(
      `keyproof keys: cannot accept ${id}: no memoised method has this id (ids: ${[...known].sort().join(', ') || 'none'}).`,
    );
  const code = failed || unknown.length > 0 ? 1 : 0;
  if (values.json) io.out(JSON.stringify({ projects: report, unknown, exitCode: code }, null, 2));
  return code;
}

function diffAgainstRef(
  tools: ManifestTools,
  keys: KeysProject,
  ref: string,
  built: Transformer.BuiltManifest,
  recorded: Transformer.Manifest | undefined,
  entriesOf: EntriesOf | undefined,
  io: Output,
): Transformer.Difference[] {
  const { manifest: base, found, file } = manifestAtRef(tools, keys.manifestPath, ref);
  const differences = tools.compareManifests(base, tools.reconcile(built.manifest, recorded));
  const ctx = {
    manifestName: `${keys.manifestName} at ${ref}`,
    recordHint: false,
    ttlOf: (id: string) => built.sites.get(id)?.ttl,
    ...(entriesOf ? { entriesOf } : {}),
  };
  io.out(
    `Cache keys: ${relativeName(keys.manifestPath)} at ${ref} → this working tree${found ? '' : ` (no ${file} at ${ref})`}`,
  );
  if (differences.length === 0) io.out('No key, version or body changes.');
  for (const d of differences) io.out(`- ${tools.describeDifference(d, ctx)}`);
  return differences;
}

export function readRecorded(tools: ManifestTools, keys: KeysProject): Transformer.Manifest | undefined {
  if (!existsSync(keys.manifestPath)) return undefined;
  try {
    return tools.parseManifest(readFileSync(keys.manifestPath, 'utf8'), relativeName(keys.manifestPath));
  } catch (error) {
    if (error instanceof tools.ManifestError) throw new CliError(error.message);
    throw error;
  }
}

/** The root project and every project it references, with their manifest settings. */
export function keysProjects(ts: TypeScript, tools: ManifestTools, rootConfig: string): KeysProject[] {
  return [...loadProjects(ts, rootConfig)].map((project) => {
    const setting = tools.readManifestOption(project.pluginConfig['manifest']) ?? {
      path: tools.MANIFEST_FILE,
      frozen: false,
    };
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
    for (const e of summary.entries)
      counts.set(`${e.id}\0${e.version}`, (counts.get(`${e.id}\0${e.version}`) ?? 0) + 1);
    const known = new Set(summary.methods.map((m) => m.id));
    return (id, version) => (known.has(id) ? (counts.get(`${id}\0${version}`) ?? 0) : undefined);
  } catch (error) {
    io.err(
      `note: entry counts left out: ${redact((error as Error).message.split('\n')[0] ?? '')} (${redact(location.url)})`,
    );
    return undefined;
  }
}

/** Who accepts: `git config user.name`, else $USER, else "unknown". */
function whoAccepts(cwd: string): string {
  try {
    const name = execFileSync('git', ['config', 'user.name'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (name !== '') return name;
  } catch {
    // not a repository, or no name configured
  }
  return process.env['USER'] || process.env['USERNAME'] || 'unknown';
}

export function relativeName(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** @keyproof/transformer's manifest tools (its public API, imported like any dependency). */
export function loadManifestTools(): ManifestTools {
  return transformer;
}

function plural(n: number): string {
  return `${n} memoised ${n === 1 ? 'method' : 'methods'}`;
}
