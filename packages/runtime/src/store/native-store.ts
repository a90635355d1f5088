import type { MethodCounters } from '../records.js';

/** Hits of one entry, counted in the store. */
export interface EntryHits {
  readonly hits: number;
  readonly lastHitAt: number | null;
}

/** Counter deltas of one flush: per method (summed over versions) and per entry. */
export interface CountBatch {
  readonly methods: ReadonlyArray<{ readonly id: string; readonly delta: MethodCounters }>;
  readonly entries: ReadonlyArray<{
    readonly key: string;
    readonly hits: number;
    readonly lastHitAt: number | null;
    readonly expiresAt?: number | null;
  }>;
}

/** keyproof's bookkeeping as the store holds it, before it is checked and joined (stats.ts). */
export interface StoredRows {
  /** `~method:` rows and, when asked for, `~meta:` rows: key without the namespace → the stored record. */
  readonly records: ReadonlyArray<readonly [string, unknown]>;
  /** Counters by method id. */
  readonly methodCounts: ReadonlyMap<string, Partial<MethodCounters>>;
  /** Hits by entry key. */
  readonly entryCounts: ReadonlyMap<string, EntryHits>;
}

/**
 * What keyproof does with a store beside Keyv's get/set, in the store's own terms: atomic
 * counter increments (`col = col + ?`, HINCRBY) so that processes sharing a store add up
 * exactly, and listing / deleting in a few linear queries (SELECT, SCAN) where Keyv's
 * iterator pages by OFFSET and recurses.
 */
export interface NativeStore {
  /** Add counter deltas; each delta lands once, atomically, whatever other processes do at the same time. */
  addCounts(batch: CountBatch): Promise<void>;
  /**
   * Write records (keys without the namespace) as Keyv would (`{"value":…,"expires":…}`), in
   * as few statements as the store allows: entry records of a miss-heavy minute go in a few
   * bulk writes instead of one write each.
   */
  writeRecords(
    records: ReadonlyArray<{ readonly key: string; readonly value: unknown; readonly ttlMs?: number | undefined }>,
  ): Promise<void>;
  /** Every method record (and entry record with `withEntries`), with their counters. */
  readRows(withEntries: boolean): Promise<StoredRows>;
  /** Every key of ours (entries, bookkeeping), without the namespace. */
  listKeys(): Promise<string[]>;
  /** Delete these keys (without the namespace) and their counters. */
  deleteKeys(keys: readonly string[]): Promise<void>;
  /**
   * Remove what has expired (entries, entry records, tombstones, leases) and the counters of
   * entries that are gone, in bounded batches. Returns how many rows went. Stores that expire
   * keys themselves (Redis) have nothing to do.
   */
  reclaim(now: number): Promise<number>;
  /** How many live entries the store holds, and their stored size (bytes of text). */
  measure(now: number): Promise<{ readonly entries: number; readonly bytes: number }>;
}

export const COUNTER_FIELDS = [
  'calls',
  'hits',
  'misses',
  'shared',
  'upstreamCalls',
  'errors',
  'unstorable',
  'saved',
  'wouldBeHits',
  'wouldBeSaved',
  'missNew',
  'missExpired',
  'missEvicted',
  'missCleared',
  'missUndecodable',
  'missOtherVersion',
  'missOtherPlan',
  'missInvalidated',
  'invalidations',
  'refreshes',
  'stale',
] as const satisfies ReadonlyArray<keyof MethodCounters>;

/** Counters that hold money (floating point); the others are whole numbers. */
export const MONEY_FIELDS: ReadonlySet<keyof MethodCounters> = new Set(['saved', 'wouldBeSaved']);

/** A stored Keyv row `{"value":…,"expires":…}` → its value, or undefined when it has expired. */
export function keyvRowValue(text: unknown, now: number): { value: unknown } | undefined {
  if (typeof text !== 'string') return { value: text };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { value: new MalformedRow(`the stored row is not JSON (${(error as Error).message})`) };
  }
  if (typeof parsed !== 'object' || parsed === null || !('value' in parsed))
    return { value: new MalformedRow('the stored row is not a Keyv record') };
  const expires = (parsed as { expires?: unknown }).expires;
  if (typeof expires === 'number' && expires <= now) return undefined;
  return { value: (parsed as { value: unknown }).value };
}

/** A row that could not be read as a Keyv record (listing only: reported, never fatal). */
export class MalformedRow {
  constructor(readonly reason: string) {}
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A record as Keyv stores it (keyproof's Keyv serialises with plain JSON). */
export function keyvRowText(value: unknown, ttlMs: number | undefined, now: number): string {
  return JSON.stringify({ value, expires: ttlMs === undefined ? undefined : now + ttlMs });
}
