import type { PlanDescription } from './plan.js';
import type { KeyDiagnosis, StoredKeySketch } from './watch/diagnose-keys.js';

/**
 * The records keyproof keeps in the store beside the entries. Key shapes: store/store-keys.ts.
 * Counters are added to natively by each store (store/*-native-store.ts) and joined with
 * these records when read (stats.ts).
 */
export interface EntryRecord {
  readonly id: string;
  readonly version: string;
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
  /** Encoded size of the value in bytes. */
  readonly size: number;
  readonly hits: number;
  readonly lastHitAt: number | null;
  /** When the entry expires (ms since the epoch), or null for never. */
  readonly expiresAt: number | null;
  /** Per key field (and property), 16 hex digits of its value's digest: what `keyproof explain --misses` compares. */
  readonly fields?: Readonly<Record<string, string>>;
}

/** Counters of one method. In the store they are summed over every process that used it. */
export interface MethodCounters {
  /** Calls of the memoised method. */
  calls: number;
  /** Calls answered from the cache (front cache or store). */
  hits: number;
  /** Calls that found no entry. */
  misses: number;
  /** Calls that joined an identical call already in flight (no upstream call of their own). */
  shared: number;
  /** Calls of the upstream (original) method. */
  upstreamCalls: number;
  /** Upstream calls that threw or rejected (never cached). */
  errors: number;
  /** Results that were not stored (cannot round-trip, or over the size limit). */
  unstorable: number;
  /** `cost` × (hits + shared): money not spent upstream. */
  saved: number;
  /** Shadow mode (`mode: 'shadow'`): calls the cache could have answered (upstream was called anyway). */
  wouldBeHits: number;
  /** Shadow mode: `cost` × wouldBeHits, what serving from the cache would have saved. */
  wouldBeSaved: number;
  /** Misses by reason (they add up to `misses`): a key never stored before. */
  missNew: number;
  /** The entry had expired (its TTL). */
  missExpired: number;
  /** The store dropped the entry (eviction, or deleted by something other than keyproof). */
  missEvicted: number;
  /** `keyproof clear` (or `clearStore`) removed the entry. */
  missCleared: number;
  /** The entry was there but could not be used (corrupt, foreign, sealed with another secret, newer format). */
  missUndecodable: number;
  /** The same key fields have an entry under another version. */
  missOtherVersion: number;
  /** This version was written under another plan signature whose entries may remain (the key plan changed). */
  missOtherPlan: number;
  /** The entry was dropped by `invalidate(…)`, or one of its tags by `invalidateTag(…)`. */
  missInvalidated: number;
  /** Entries dropped from code: `invalidate(() => call)` calls, and `invalidateMethod` calls. */
  invalidations: number;
  /** `refresh(() => call)` calls: upstream called, the entry replaced. */
  refreshes: number;
  /** `staleIfError`: upstream failed and an expired entry was served instead (within the bound). */
  stale: number;
}

/** What a process says about a memoised method: written once per process beside its counters. */
export interface MethodInfo {
  readonly id: string;
  /** The version last written by a process; counters are summed over every version. */
  readonly version: string;
  readonly cost: number;
  readonly ttlMs: number | null;
  readonly plan: PlanDescription;
}

/** A method as the store knows it: its description, and its counters summed over every process. */
export interface MethodRecord extends MethodInfo, MethodCounters {
  readonly updatedAt: number;
  /** Distinct-value sketches of the key fields over the misses, merged over processes (`keyWatch`). */
  readonly keySketch?: StoredKeySketch;
  /** Set when the sketches and counters show a key that never repeats because of one field. */
  readonly diagnosis?: KeyDiagnosis;
}

export function zeroCounters(): MethodCounters {
  return {
    calls: 0,
    hits: 0,
    misses: 0,
    shared: 0,
    upstreamCalls: 0,
    errors: 0,
    unstorable: 0,
    saved: 0,
    wouldBeHits: 0,
    wouldBeSaved: 0,
    missNew: 0,
    missExpired: 0,
    missEvicted: 0,
    missCleared: 0,
    missUndecodable: 0,
    missOtherVersion: 0,
    missOtherPlan: 0,
    missInvalidated: 0,
    invalidations: 0,
    refreshes: 0,
    stale: 0,
  };
}

export function hasCounts(counters: MethodCounters): boolean {
  for (const k of Object.keys(counters) as Array<keyof MethodCounters>) if (counters[k] !== 0) return true;
  return false;
}

export function addCounters(into: MethodCounters, delta: MethodCounters): void {
  for (const k of Object.keys(into) as Array<keyof MethodCounters>) into[k] += delta[k];
}
