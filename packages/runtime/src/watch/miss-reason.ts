import type { MissReason } from '../events.js';
import type { GuardedStore } from '../store/guarded-store.js';
import { entryKey, metaKey, methodKey, splitEntryKey } from '../store/store-keys.js';
import type { MethodCounters } from '../records.js';
import { readPlans } from './method-records.js';

/** The counter each reason adds to. */
export const MISS_COUNTER: Readonly<Record<MissReason, keyof MethodCounters>> = {
  new: 'missNew',
  expired: 'missExpired',
  evicted: 'missEvicted',
  cleared: 'missCleared',
  invalidated: 'missInvalidated',
  undecodable: 'missUndecodable',
  'other-version': 'missOtherVersion',
  'other-plan': 'missOtherPlan',
};

/**
 * Why `key` missed, from what the store keeps beside entries: an entry that was there but could
 * not be used is undecodable; else its entry record (`~meta:`, which outlives the entry: see
 * `recordTtl`) says expired (past its expiry), cleared (a tombstone left by
 * `clearStore`) or evicted (the record is there, the entry is not); else an entry of the same
 * key fields under another version the method record lists is "other version"; else, when the
 * method record lists this version under another plan signature whose entries may still be
 * stored (no TTL, or described less than a TTL ago), "other plan" (the old key cannot be
 * computed: the old projector is not in the store); else it is new. A store that does not
 * answer makes it "new" (never a failed call).
 */
export async function missReason(
  store: GuardedStore,
  key: string,
  undecodable: boolean,
  plan: { readonly signature: string; readonly ttlMs: number | null },
  now = Date.now(),
): Promise<MissReason> {
  if (undecodable) return 'undecodable';
  const [id, version, digest] = splitEntryKey(key);
  const [record, known] = await Promise.all([
    store.get<Record<string, unknown>>(metaKey(key)),
    knownVersions(store, id, now),
  ]);
  if (isRecord(record)) {
    if (typeof record.clearedAt === 'number') return 'cleared';
    if (typeof record.invalidatedAt === 'number') return 'invalidated';
    if (typeof record.expiresAt === 'number' && record.expiresAt <= now) return 'expired';
    return 'evicted';
  }
  const versions = known.versions.filter((v) => v !== version);
  const others = await Promise.all(
    versions.map((v) => store.get<Record<string, unknown>>(metaKey(entryKey(id, v, digest)))),
  );
  if (
    others.some(
      (r) =>
        isRecord(r) &&
        typeof r.clearedAt !== 'number' &&
        typeof r.invalidatedAt !== 'number' &&
        !(typeof r.expiresAt === 'number' && r.expiresAt <= now),
    )
  )
    return 'other-version';
  const signatures = Object.entries(known.plans[version] ?? {});
  if (signatures.some(([s, at]) => s !== plan.signature && (plan.ttlMs === null || at + plan.ttlMs > now)))
    return 'other-plan';
  return 'new';
}

/** What a miss reads from the method record: the versions it lists and their plan signatures. */
interface MethodFacts {
  readonly versions: string[];
  readonly plans: Record<string, Record<string, number>>;
}

/** Versions (and plans) listed on method records, read at most every 5 s per method (not on every miss). */
const versionsSeen = new Map<string, { at: number; versions: Promise<MethodFacts> }>();
const VERSIONS_FOR_MS = 5_000;

function knownVersions(store: GuardedStore, id: string, now: number): Promise<MethodFacts> {
  const seen = versionsSeen.get(id);
  if (seen && now - seen.at < VERSIONS_FOR_MS) return seen.versions;
  const versions = store.get<Record<string, unknown>>(methodKey(id)).then((method) => ({
    versions:
      isRecord(method) && Array.isArray(method.versions)
        ? method.versions.filter((v): v is string => typeof v === 'string')
        : [],
    plans: isRecord(method) ? readPlans(method) : {},
  }));
  if (versionsSeen.size > 1000) versionsSeen.clear();
  // a method without a record yet (a fresh store) is asked again next time, not for 5 s
  void versions.then((v) => (v.versions.length > 0 ? versionsSeen.set(id, { at: now, versions }) : undefined));
  return versions;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Error) && 'id' in value
  );
}

/**
 * How long an entry record outlives its entry, so that a miss after expiry reads "expired":
 * as long again as the TTL, at least a second, at most a minute. Short: records of a method
 * with short-lived keys must not pile up beside its entries (on a Redis at `maxmemory` they
 * would cost other methods' live entries their place), and the housekeeping reclaims them.
 */
export function recordTtl(ttlMs: number | undefined): number | undefined {
  return ttlMs === undefined ? undefined : ttlMs + Math.min(Math.max(ttlMs, 1_000), 60_000);
}
