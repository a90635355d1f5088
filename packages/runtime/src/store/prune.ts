import type Keyv from 'keyv';
import { nativeStore } from './open-native-store.js';
import { classifyKey, metaKey, splitEntryKey } from './store-keys.js';

/** The most a local store (memory://, SQLite) holds: entries, and the characters of their stored text. */
export interface StoreBound {
  readonly maxEntries: number;
  readonly maxBytes: number;
}

/** What one prune did. */
export interface PruneReport {
  /** Expired rows removed (entries, entry records, tombstones, leases). */
  readonly expired: number;
  /** Live entries evicted to bring the store under its bound. */
  readonly evicted: number;
  /** Live entries left, and their stored size (not measured by the housekeeping of an unbounded store). */
  readonly entries?: number;
  readonly bytes?: number;
}

/** Eviction goes down to this share of the bound, so it does not run again after every write. */
const EVICT_TO = 0.9;
/** How long an evicted entry's record stays, so its next miss reads "evicted" (then it expires). */
const EVICTED_RECORD_MS = 3_600_000;

/**
 * Reclaim what expired and, with a bound, evict live entries until the store is under it. What
 * goes first is what is cheapest to recompute per byte kept: an entry's worth is its method's
 * `cost` × (1 + its hits) / its size, lowest first, then the least recently used. So an expensive
 * answer outlives a cheap one, and a large, never-hit entry goes before a small, popular one.
 * An evicted entry leaves a short-lived record, so its next miss is counted as "evicted".
 */
export async function pruneStore(
  keyv: Keyv,
  bound?: StoreBound,
  now = Date.now(),
  options: { measure?: boolean } = {},
): Promise<PruneReport> {
  const native = nativeStore(keyv);
  const expired = await native.reclaim(now);
  // measuring lists a Redis and counts a PostgreSQL table: only when asked, or when there is a bound to hold
  if (!bound && options.measure === false) return { expired, evicted: 0 };
  const size = await native.measure(now);
  if (!bound || (size.entries <= bound.maxEntries && size.bytes <= bound.maxBytes))
    return { expired, evicted: 0, ...size };
  const evicted = await evict(keyv, bound, size, now);
  return { expired, evicted, ...(await native.measure(now)) };
}

interface Candidate {
  readonly key: string;
  readonly worth: number;
  readonly last: number;
  readonly text: number;
}

async function evict(
  keyv: Keyv,
  bound: StoreBound,
  size: { entries: number; bytes: number },
  now: number,
): Promise<number> {
  const native = nativeStore(keyv);
  const [keys, rows] = await Promise.all([native.listKeys(), native.readRows(true)]);
  const costs = new Map<string, number>();
  const records = new Map<string, Record<string, unknown>>();
  for (const [key, value] of rows.records) {
    const kind = classifyKey(key);
    if (typeof value !== 'object' || value === null) continue;
    const v = value as Record<string, unknown>;
    if (kind.kind === 'method' && typeof v.cost === 'number' && Number.isFinite(v.cost))
      costs.set(kind.id, Math.max(0, v.cost));
    else if (kind.kind === 'meta') records.set(kind.entry, v);
  }
  const candidates: Candidate[] = [];
  for (const key of keys) {
    const kind = classifyKey(key);
    if (kind.kind !== 'entry') continue;
    const [id] = splitEntryKey(key);
    const record = records.get(key);
    const hits = (num(record?.hits) ?? 0) + (rows.entryCounts.get(key)?.hits ?? 0);
    const bytes = num(record?.size) ?? 0;
    // cost 0 (not priced): every entry of it weighs the same tiny amount; hits and size still order them
    const cost = costs.get(id) || 1e-9;
    const worth = (cost * (1 + hits)) / (1 + bytes / 1024);
    const last = Math.max(
      num(record?.lastHitAt) ?? 0,
      rows.entryCounts.get(key)?.lastHitAt ?? 0,
      num(record?.createdAt) ?? now,
    );
    // a record is written behind its entry: an entry without one yet is new, never first to go
    candidates.push({
      key,
      worth: record ? worth : Number.POSITIVE_INFINITY,
      last,
      text: Math.ceil((bytes * 4) / 3) + 64,
    });
  }
  candidates.sort((a, b) => a.worth - b.worth || a.last - b.last);
  let entries = size.entries;
  let bytes = size.bytes;
  const doomed: Candidate[] = [];
  for (const c of candidates) {
    if (entries <= bound.maxEntries * EVICT_TO && bytes <= bound.maxBytes * EVICT_TO) break;
    doomed.push(c);
    entries--;
    bytes -= c.text;
  }
  if (doomed.length === 0) return 0;
  await native.deleteKeys(doomed.map((c) => c.key));
  await native.writeRecords(
    doomed.map((c) => {
      const [id, version] = splitEntryKey(c.key);
      return { key: metaKey(c.key), value: { id, version, evictedAt: now }, ttlMs: EVICTED_RECORD_MS };
    }),
  );
  return doomed.length;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
