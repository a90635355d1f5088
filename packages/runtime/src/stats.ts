import type Keyv from 'keyv';
import { processStats } from './accounting.js';
import { MalformedRow, type StoredRows } from './store/native-store.js';
import { nativeStore } from './store/open-native-store.js';
import { UnreadableRecord } from './store/unreadable-record.js';
import { META_PREFIX, classifyKey, splitEntryKey } from './store/store-keys.js';
import { boundFor } from './store/housekeeping.js';
import { pruneStore, type PruneReport } from './store/prune.js';
import { closeContexts, openContexts, storeContext } from './store/store-context.js';
import { config } from './config.js';
import { storedDiagnosis } from './watch/stored-diagnosis.js';
import { zeroCounters, type EntryRecord, type MethodCounters, type MethodRecord } from './records.js';
import { forgetReadEntries } from './store/read-entry.js';

/** One method's counters in this process. */
export interface ProcessMethodStats extends MethodCounters {
  readonly id: string;
  readonly version: string;
  readonly cost: number;
  /** hits / calls, 0 when there were no calls. */
  readonly hitRate: number;
}

/** A record in the store that is not what keyproof writes: skipped, and said so. */
export interface StoreProblem {
  /** The store key (without the `keyproof:` namespace). */
  readonly key: string;
  readonly reason: string;
}

/** What the store knows, summed over every process that used it. */
export interface StoreStats {
  readonly methods: MethodRecord[];
  /** Entries with their metadata, most hit first (only with `{ entries: true }`). */
  readonly entries?: Array<EntryRecord & { readonly key: string }>;
  /** Records that could not be read (malformed, written by something else); the rest is shown. */
  readonly problems: StoreProblem[];
}

export interface StatsReport {
  readonly process: ProcessMethodStats[];
  readonly store: StoreStats;
}

/** How long a cleared entry's tombstone lives. */
const TOMBSTONE_MS = 86_400_000;

/** Longest wait for a store to list its records (100k entries take seconds). */
const LIST_TIMEOUT_MS = 60_000;

/**
 * Counters of this process, and the records of the store (the global store unless
 * `store` says otherwise). Pending accounting is flushed first. A store that cannot answer
 * rejects (within `storeTimeoutMs` when it does not answer at all): never an empty report.
 */
export async function stats(options: { store?: Keyv | string; entries?: boolean } = {}): Promise<StatsReport> {
  await flush();
  const processList: ProcessMethodStats[] = [...processStats().values()].map(({ info, counters }) => ({
    id: info.id,
    version: info.version,
    cost: info.cost,
    ...counters,
    hitRate: counters.calls === 0 ? 0 : counters.hits / counters.calls,
  }));
  const guard = storeContext(options.store).store;
  const store = await guard.inspect('stats', { probeMs: config().storeTimeoutMs, ms: LIST_TIMEOUT_MS }, (keyv) =>
    readStore(keyv, options.entries ?? false),
  );
  return { process: processList, store };
}

/** Read keyproof's records from a Keyv store, joined with their counters (the CLI uses this too). */
export async function readStore(keyv: Keyv, withEntries: boolean): Promise<StoreStats> {
  return joinRows(await nativeStore(keyv).readRows(withEntries), withEntries);
}

function joinRows(rows: StoredRows, withEntries: boolean, now = Date.now()): StoreStats {
  const methods: MethodRecord[] = [];
  const entries: Array<EntryRecord & { key: string }> = [];
  const problems: StoreProblem[] = [];
  for (const [key, value] of rows.records) {
    const kind = classifyKey(key);
    if (kind.kind === 'method') {
      const reason = methodProblem(value);
      if (reason) {
        problems.push({ key, reason });
        continue;
      }
      const record = value as MethodRecord;
      const counts = rows.methodCounts.get(kind.id) ?? {};
      const totals = { ...zeroCounters(), ...counts };
      const diagnosis = storedDiagnosis(record, totals);
      methods.push({ ...record, ...totals, ...(diagnosis ? { diagnosis } : {}) });
    } else if (kind.kind === 'meta' && withEntries) {
      if (isTombstone(value) || isPastExpiry(value, now)) continue; // a record that outlives its entry (miss reasons)
      const reason = entryProblem(value);
      if (reason) {
        problems.push({ key, reason });
        continue;
      }
      const record = value as EntryRecord;
      const counted = rows.entryCounts.get(kind.entry);
      const hits = (typeof record.hits === 'number' ? record.hits : 0) + (counted?.hits ?? 0);
      const lastHitAt = Math.max(record.lastHitAt ?? 0, counted?.lastHitAt ?? 0) || null;
      entries.push({ ...record, hits, lastHitAt, key: kind.entry });
    }
  }
  methods.sort((a, b) => a.id.localeCompare(b.id));
  entries.sort((a, b) => b.hits - a.hits || a.key.localeCompare(b.key));
  return withEntries ? { methods, entries, problems } : { methods, problems };
}

/** What `clearStore` leaves of an entry's record for a day: the next miss of that key reads "cleared". */
function isTombstone(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { clearedAt?: unknown; evictedAt?: unknown; invalidatedAt?: unknown };
  return typeof v.clearedAt === 'number' || typeof v.evictedAt === 'number' || typeof v.invalidatedAt === 'number'; // or invalidated from code // cleared, or evicted by the store's bound (prune.ts)
}

function isPastExpiry(value: unknown, now: number): boolean {
  const expiresAt = (value as { expiresAt?: unknown } | null)?.expiresAt;
  return typeof expiresAt === 'number' && expiresAt <= now;
}

function unreadable(value: unknown): string | undefined {
  if (value instanceof MalformedRow || value instanceof UnreadableRecord) return value.reason;
  if (typeof value !== 'object' || value === null)
    return `it is ${value === null ? 'null' : `a ${typeof value}`}, not a record`;
  return undefined;
}

function methodProblem(value: unknown): string | undefined {
  const bad = unreadable(value);
  if (bad) return bad;
  const r = value as Record<string, unknown>;
  const plan = r.plan as Record<string, unknown> | undefined;
  if (typeof r.id !== 'string' || typeof r.version !== 'string') return 'its id or version is not text';
  if (typeof r.cost !== 'number' || !Number.isFinite(r.cost))
    return `its cost is ${JSON.stringify(r.cost)}, not a number`;
  if (r.ttlMs !== null && typeof r.ttlMs !== 'number') return 'its ttlMs is neither a number nor null';
  if (
    typeof plan !== 'object' ||
    plan === null ||
    !Array.isArray(plan.fields) ||
    !Array.isArray(plan.excluded) ||
    typeof plan.source !== 'string' ||
    typeof plan.signature !== 'string'
  ) {
    return 'its plan is not a key plan description';
  }
  return undefined;
}

function entryProblem(value: unknown): string | undefined {
  const bad = unreadable(value);
  if (bad) return bad;
  const r = value as Record<string, unknown>;
  if (typeof r.id !== 'string' || typeof r.version !== 'string') return 'its id or version is not text';
  if (typeof r.createdAt !== 'number' || typeof r.size !== 'number') return 'its createdAt or size is not a number';
  if (r.expiresAt !== null && typeof r.expiresAt !== 'number') return 'its expiresAt is neither a number nor null';
  return undefined;
}

/**
 * Remove entries (and their metadata and counters) from a store. `method` limits it to one
 * id, `version` to one version of it. Returns how many entries were removed.
 */
export async function clearStore(
  keyv: Keyv,
  filter: { method?: string; version?: string } = {},
  mark: 'clearedAt' | 'invalidatedAt' = 'clearedAt',
): Promise<number> {
  const native = nativeStore(keyv);
  const keys = await native.listKeys(); // live rows only: an expired entry is not counted as removed
  const live = new Set(keys.filter((k) => classifyKey(k).kind === 'entry'));
  const doomed: string[] = [];
  const tombstoned: string[] = [];
  let removed = 0;
  for (const key of keys) {
    const kind = classifyKey(key);
    const target = kind.kind === 'count' ? classifyKey(kind.of) : kind;
    if (target.kind === 'method') {
      if (!filter.version && (!filter.method || filter.method === target.id)) doomed.push(key);
      continue;
    }
    // other bookkeeping (fill leases) is neither an entry nor ours to remove: it expires
    if (target.kind !== 'entry' && target.kind !== 'meta') continue;
    const [id, version] = splitEntryKey(target.entry);
    if (filter.method && filter.method !== id) continue;
    if (filter.version && filter.version !== version) continue;
    if (kind.kind === 'meta' && !live.has(kind.entry)) continue; // a record outliving its entry, or a tombstone: it expires by itself
    doomed.push(key);
    if (kind.kind === 'entry') removed++;
    if (kind.kind === 'meta') tombstoned.push(key);
  }
  if (doomed.length > 0) await native.deleteKeys(doomed);
  // each removed entry leaves a tombstone record for a day, so its next miss is counted as
  // "cleared"; only live entries get one, so clearing again never re-stamps old tombstones
  const clearedAt = Date.now();
  const tombstones = tombstoned.map((key) => {
    const [id, version] = splitEntryKey(key.slice(META_PREFIX.length));
    return { key, value: { id, version, [mark]: clearedAt }, ttlMs: TOMBSTONE_MS };
  });
  for (let i = 0; i < tombstones.length; i += 1000) await native.writeRecords(tombstones.slice(i, i + 1000));
  for (const ctx of openContexts()) ctx.front?.clear();
  forgetReadEntries();
  return removed;
}

/**
 * Remove expired entries, their records and tombstones from a store now, and hold a local
 * store (memory://, SQLite) to its bound (`storeBound`): what the housekeeping does every
 * `reclaimIntervalMs`. Rejects when the store does not answer.
 */
export async function prune(options: { store?: Keyv | string } = {}): Promise<PruneReport> {
  await flush();
  const guard = storeContext(options.store).store;
  return guard.inspect('prune', { probeMs: config().storeTimeoutMs, ms: LIST_TIMEOUT_MS }, (keyv) =>
    pruneStore(keyv, boundFor(keyv)),
  );
}

/** Write pending hit counts and counters to every open store. */
export async function flush(): Promise<void> {
  await Promise.all(openContexts().map((c) => c.accounting.flush()));
}

/** Flush and close every store keyproof opened (graceful shutdown, tests). */
export function close(): Promise<void> {
  return closeContexts();
}
