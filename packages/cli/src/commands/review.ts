import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { TypeScript } from '@keyproof/transformer';
import { parseArgs } from 'node:util';
import { CliError, usageError } from '../cli-error.js';
import { resolveConfigPath } from '../load-project.js';
import { manifestAtRef } from '../manifest-at-ref.js';
import type { Output } from '../output.js';
import { HELP, parseOrExplain } from '../parse-command-args.js';
import { reviewGithub, reviewMarkdown } from '../review/format-review.js';
import { partPlace } from '../review/part-place.js';
import { programManifests, type ProjectManifest } from '../review/program-manifests.js';
import { reviewMethods, type MethodReview, type Place } from '../review/review-methods.js';
import { reviewReport } from '../review/review-report.js';
import { parseSnapshot, type StatsSnapshot } from '../stats-snapshot.js';
import { USAGE } from '../usage.js';
import { relativeName, type ManifestTools } from './keys.js';

const FORMATS = ['markdown', 'json', 'github'] as const;

/**
 * `keyproof review --base REF`: every key, version and body change since the manifest at REF,
 * priced from a stats snapshot; fails on a body changed under the same version and on a
 * change whose expected re-spend exceeds `--max-respend` (unless accepted).
 */
export async function reviewCommand(argv: readonly string[], io: Output): Promise<number> {
  const { values } = parseOrExplain('review', () =>
    parseArgs({
      args: [...argv],
      options: {
        ...HELP,
        project: { type: 'string', short: 'p' },
        base: { type: 'string' },
        stats: { type: 'string' },
        format: { type: 'string' },
        json: { type: 'boolean' },
        'max-respend': { type: 'string' },
      },
      strict: true,
    }),
  );
  if (values.help) {
    io.out(USAGE.review);
    return 0;
  }
  const ref = values.base;
  if (ref === undefined || ref === '' || ref.startsWith('-'))
    throw usageError(
      'review',
      `--base takes the git ref to compare with (e.g. origin/main)${ref === undefined ? '' : `, got ${JSON.stringify(ref)}`}.`,
    );
  const format = values.json ? 'json' : (values.format ?? 'markdown');
  if (!(FORMATS as readonly string[]).includes(format))
    throw usageError('review', `--format takes ${FORMATS.join(', ')}, got ${JSON.stringify(format)}.`);
  if (values.json && values.format !== undefined && values.format !== 'json')
    throw usageError('review', `--json and --format ${values.format} contradict each other.`);
  const maxRespend = amount(values['max-respend']);
  if (maxRespend !== undefined && values.stats === undefined)
    throw usageError(
      'review',
      '--max-respend needs --stats FILE: without a snapshot there is no estimate to hold to the budget.',
    );
  const snapshot = values.stats !== undefined ? readSnapshot(values.stats) : undefined;

  const { ts, tools, projects } = programManifests(resolveConfigPath(values.project));
  const methods = projects.flatMap((p) => reviewProject(ts, tools, p, ref, snapshot, maxRespend));
  const report = reviewReport(
    ref,
    snapshot && values.stats ? { file: values.stats, takenAt: snapshot.takenAt } : null,
    maxRespend,
    methods,
  );
  if (format === 'json') io.out(JSON.stringify(report, null, 2));
  else if (format === 'github') {
    const text = reviewGithub(report);
    if (text !== '') io.out(text);
  } else io.out(reviewMarkdown(report));
  return report.failures > 0 ? 1 : 0;
}

function reviewProject(
  ts: TypeScript,
  tools: ManifestTools,
  { keys, built, recorded }: ProjectManifest,
  ref: string,
  snapshot: StatsSnapshot | undefined,
  maxRespend: number | undefined,
): MethodReview[] {
  const base = manifestAtRef(tools, keys.manifestPath, ref).manifest;
  const current = tools.reconcile(built.manifest, recorded);
  const ctx = {
    manifestName: `${keys.manifestName} at ${ref}`,
    recordHint: false,
    ttlOf: (id: string) => built.sites.get(id)?.ttl,
    ...(snapshot ? { entriesOf: entriesIn(snapshot) } : {}),
  };
  return reviewMethods({
    base,
    current,
    differences: tools.compareManifests(base, current),
    describe: (d) => tools.describeDifference(d, ctx),
    planIdentity: tools.planIdentity,
    placeOf: (id) => placeOf(keys, built, id),
    partPlace: (part) => partPlace(ts, keys.project.program, dirname(keys.project.configPath), part),
    manifest: relativeName(keys.manifestPath),
    ref,
    snapshot,
    maxRespend,
  });
}

function placeOf(keys: ProjectManifest['keys'], built: ProjectManifest['built'], id: string): Place | null {
  const site = built.sites.get(id);
  const source = site && keys.project.program.getSourceFile(site.fileName);
  if (!site || !source) return null;
  return {
    file: relative(process.cwd(), site.fileName) || site.fileName,
    line: source.getLineAndCharacterOfPosition(site.start).line + 1,
  };
}

/** Entries per method and version as the snapshot counted them (undefined for a method it does not know). */
function entriesIn(snapshot: StatsSnapshot): (id: string, version: string) => number | undefined {
  return (id, version) => {
    const method = snapshot.methods.find((m) => m.id === id);
    return method === undefined ? undefined : (method.versions.find((v) => v.version === version)?.entries ?? 0);
  };
}

function readSnapshot(file: string): StatsSnapshot {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read the stats snapshot ${file}: ${(error as Error).message}\nFix: write one with \`keyproof stats --snapshot ${file}\` where the store is, or download it (a CI artifact).`,
    );
  }
  return parseSnapshot(text, file);
}

function amount(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0)
    throw usageError(
      'review',
      `--max-respend takes an amount ≥ 0 (the methods' \`cost\` unit, e.g. 25 or 0.5), got ${JSON.stringify(raw)}.`,
    );
  return n;
}
