import {
  splitEntryKey,
  type EntryRecord,
  type KeyDiagnosis,
  type MethodRecord,
  type StoreProblem,
  type StoreStats,
} from 'keyproof/store';

/** One entry as the CLI shows it. */
export interface EntryView extends EntryRecord {
  /** `{id}:{version}:{digest}` without the store namespace. */
  readonly key: string;
  readonly digest: string;
}

/** One method's figures: its record's counters plus what the entries say. */
export interface MethodSummary {
  readonly id: string;
  /** The version in the method record (the last one that wrote counters). */
  readonly version: string;
  /** Versions that have entries in the store now (two during a migration). */
  readonly versions: readonly string[];
  readonly cost: number;
  readonly entries: number;
  readonly calls: number;
  readonly hits: number;
  readonly misses: number;
  /** Calls that joined an identical call in flight. */
  readonly shared: number;
  readonly upstreamCalls: number;
  /** Upstream calls that did not happen: hits + shared. */
  readonly avoided: number;
  /** hits / calls (0 without calls). */
  readonly hitRate: number;
  /** Money not spent upstream: cost × avoided. */
  readonly saved: number;
  readonly errors: number;
  readonly unstorable: number;
  /** Shadow mode: calls the cache could have answered, and what that would have saved. */
  readonly wouldBeHits: number;
  readonly wouldBeSaved: number;
  /** Entries dropped from code (`invalidate`, `invalidateMethod`), `refresh` calls, stale answers served (`staleIfError`). */
  readonly invalidations: number;
  readonly refreshes: number;
  readonly stale: number;
  /** Misses by reason (they add up to the misses counted since keyproof counted reasons). */
  readonly missReasons: {
    readonly new: number;
    readonly expired: number;
    readonly evicted: number;
    readonly cleared: number;
    readonly invalidated: number;
    readonly undecodable: number;
    readonly otherVersion: number;
    readonly otherPlan: number;
  };
  /** A key that never repeats because of one field (`key-never-repeats`), from the store's sketches. */
  readonly diagnosis: KeyDiagnosis | undefined;
  /** The method record, when the store has one (entries may outlive a cleared record). */
  readonly record: MethodRecord | undefined;
}

export interface StoreSummary {
  readonly methods: readonly MethodSummary[];
  readonly totals: {
    readonly entries: number;
    readonly calls: number;
    readonly hits: number;
    readonly upstreamCalls: number;
    readonly avoided: number;
    readonly saved: number;
  };
  /** Live entries, most hit first. */
  readonly entries: readonly EntryView[];
  /** Records that could not be read: skipped, and said so. */
  readonly problems: readonly StoreProblem[];
}

/** Join method records and entry records into per-method figures. */
export function summariseStore(stats: StoreStats, now = Date.now()): StoreSummary {
  const entries: EntryView[] = (stats.entries ?? [])
    .filter((e) => e.expiresAt === null || e.expiresAt > now)
    .map((e) => ({ ...e, digest: splitEntryKey(e.key)[2] }));
  const ids = new Set<string>([...stats.methods.map((m) => m.id), ...entries.map((e) => e.id)]);
  const methods = [...ids]
    .sort((a, b) => a.localeCompare(b))
    .map((id) =>
      summariseMethod(
        id,
        stats.methods.find((m) => m.id === id),
        entries.filter((e) => e.id === id),
      ),
    );
  const sum = (pick: (m: MethodSummary) => number) => methods.reduce((n, m) => n + pick(m), 0);
  return {
    methods,
    totals: {
      entries: entries.length,
      calls: sum((m) => m.calls),
      hits: sum((m) => m.hits),
      upstreamCalls: sum((m) => m.upstreamCalls),
      avoided: sum((m) => m.avoided),
      saved: sum((m) => m.saved),
    },
    entries,
    problems: stats.problems ?? [],
  };
}

function summariseMethod(id: string, record: MethodRecord | undefined, entries: readonly EntryView[]): MethodSummary {
  const calls = record?.calls ?? 0;
  const hits = record?.hits ?? 0;
  const shared = record?.shared ?? 0;
  return {
    id,
    version: record?.version ?? entries[0]?.version ?? '?',
    versions: [...new Set(entries.map((e) => e.version))].sort(),
    cost: record?.cost ?? 0,
    entries: entries.length,
    calls,
    hits,
    misses: record?.misses ?? 0,
    shared,
    upstreamCalls: record?.upstreamCalls ?? 0,
    avoided: hits + shared,
    hitRate: calls === 0 ? 0 : hits / calls,
    saved: record?.saved ?? 0,
    errors: record?.errors ?? 0,
    unstorable: record?.unstorable ?? 0,
    wouldBeHits: record?.wouldBeHits ?? 0,
    wouldBeSaved: record?.wouldBeSaved ?? 0,
    invalidations: record?.invalidations ?? 0,
    refreshes: record?.refreshes ?? 0,
    stale: record?.stale ?? 0,
    missReasons: {
      new: record?.missNew ?? 0,
      expired: record?.missExpired ?? 0,
      evicted: record?.missEvicted ?? 0,
      cleared: record?.missCleared ?? 0,
      invalidated: record?.missInvalidated ?? 0,
      undecodable: record?.missUndecodable ?? 0,
      otherVersion: record?.missOtherVersion ?? 0,
      otherPlan: record?.missOtherPlan ?? 0,
    },
    diagnosis: record?.diagnosis,
    record,
  };
}
