import { CliError } from './cli-error.js';
import type { EntryView, MethodSummary, StoreSummary } from './summarise-store.js';

/**
 * `keyproof stats --snapshot FILE`: the store's figures per method and version, and nothing
 * else: no entry key, no digest, no value, no store URL. Safe to upload as a CI artifact or to
 * commit; `keyproof review --stats FILE` prices key changes with it. A reader refuses any
 * other `format` (a new major format gets a new name).
 */
const SNAPSHOT_FORMAT = 'keyproof-stats/1';

/** How many of a version's entries were hit how often over their lives: `0`, `1`, `2-3`, `4-7`, … */
interface HitBucket {
  readonly hits: string;
  readonly entries: number;
}

interface VersionSnapshot {
  readonly version: string;
  /** Live entries of this version. */
  readonly entries: number;
  /** Entries hit at least once: the ones the store says are asked for again. */
  readonly askedAgain: number;
  /** Hits summed over the entries' lives. */
  readonly hits: number;
  readonly hitCounts: readonly HitBucket[];
  /** Oldest entry's creation, newest use (creation or hit), ISO 8601 UTC; null without entries. */
  readonly firstUse: string | null;
  readonly lastUse: string | null;
}

export interface MethodSnapshot {
  readonly id: string;
  /** The version that last wrote counters. */
  readonly version: string;
  /** The method's `cost` option: money per upstream call, no currency. */
  readonly cost: number;
  readonly ttlMs: number | null;
  /** Counters summed over every process and every version. */
  readonly calls: number;
  readonly hits: number;
  readonly misses: number;
  readonly shared: number;
  readonly upstreamCalls: number;
  readonly saved: number;
  readonly firstUse: string | null;
  readonly lastUse: string | null;
  readonly versions: readonly VersionSnapshot[];
}

export interface StatsSnapshot {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly takenAt: string;
  readonly methods: readonly MethodSnapshot[];
}

/** The snapshot of a store summary (entries must have been read). */
export function takeSnapshot(summary: StoreSummary, now = Date.now()): StatsSnapshot {
  return {
    format: SNAPSHOT_FORMAT,
    takenAt: iso(now)!,
    methods: summary.methods.map((m) =>
      methodSnapshot(
        m,
        summary.entries.filter((e) => e.id === m.id),
      ),
    ),
  };
}

function methodSnapshot(m: MethodSummary, entries: readonly EntryView[]): MethodSnapshot {
  const versions = [...new Set([m.version, ...entries.map((e) => e.version)])].sort();
  const span = useSpan(entries);
  return {
    id: m.id,
    version: m.version,
    cost: m.cost,
    ttlMs: m.record?.ttlMs ?? null,
    calls: m.calls,
    hits: m.hits,
    misses: m.misses,
    shared: m.shared,
    upstreamCalls: m.upstreamCalls,
    saved: m.saved,
    firstUse: iso(span.first),
    lastUse: iso(Math.max(span.last ?? 0, m.record?.updatedAt ?? 0) || null),
    versions: versions.map((version) =>
      versionSnapshot(
        version,
        entries.filter((e) => e.version === version),
      ),
    ),
  };
}

function versionSnapshot(version: string, entries: readonly EntryView[]): VersionSnapshot {
  const span = useSpan(entries);
  return {
    version,
    entries: entries.length,
    askedAgain: entries.filter((e) => e.hits > 0).length,
    hits: entries.reduce((n, e) => n + e.hits, 0),
    hitCounts: buckets(entries),
    firstUse: iso(span.first),
    lastUse: iso(span.last),
  };
}

/** Power-of-two buckets, only those with entries: `0`, `1`, `2-3`, `4-7`, `8-15`, … */
function buckets(entries: readonly EntryView[]): HitBucket[] {
  const counts = new Map<number, number>();
  for (const e of entries) {
    const b = e.hits === 0 ? 0 : Math.floor(Math.log2(e.hits)) + 1;
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  return [...counts.keys()]
    .sort((a, b) => a - b)
    .map((b) => ({ hits: b <= 1 ? String(b) : `${2 ** (b - 1)}-${2 ** b - 1}`, entries: counts.get(b)! }));
}

/** Oldest creation and newest use (a loop, not a spread: a store may hold 100k entries). */
function useSpan(entries: readonly EntryView[]): { first: number | null; last: number | null } {
  let first: number | null = null;
  let last: number | null = null;
  for (const e of entries) {
    const used = Math.max(e.createdAt, e.lastHitAt ?? 0);
    if (first === null || e.createdAt < first) first = e.createdAt;
    if (last === null || used > last) last = used;
  }
  return { first, last };
}

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
}

/** Read a snapshot file's text, or a CliError naming the file and the fix. */
export function parseSnapshot(text: string, where: string): StatsSnapshot {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CliError(
      `${where} is not JSON (${(error as Error).message}).\nFix: pass the file \`keyproof stats --snapshot FILE\` wrote.`,
    );
  }
  const fail = (what: string): never => {
    throw new CliError(
      `${where} is not a keyproof stats snapshot: ${what}.\nFix: write it with \`keyproof stats --snapshot FILE\` (format ${SNAPSHOT_FORMAT}).`,
    );
  };
  if (typeof data !== 'object' || data === null) return fail('expected a JSON object');
  const { format, methods } = data as { format?: unknown; methods?: unknown };
  if (format !== SNAPSHOT_FORMAT) return fail(`"format" is ${JSON.stringify(format)}, expected "${SNAPSHOT_FORMAT}"`);
  if (!Array.isArray(methods)) return fail('"methods" is missing');
  for (const m of methods as unknown[]) {
    const method = m as Partial<MethodSnapshot>;
    if (
      typeof method.id !== 'string' ||
      typeof method.cost !== 'number' ||
      typeof method.calls !== 'number' ||
      !Array.isArray(method.versions)
    ) {
      return fail(`a method lacks id, cost, calls or versions`);
    }
    for (const v of method.versions) {
      if (typeof v?.version !== 'string' || typeof v.entries !== 'number' || typeof v.askedAgain !== 'number')
        return fail(`a version of ${method.id} lacks version, entries or askedAgain`);
    }
  }
  return data as StatsSnapshot;
}
