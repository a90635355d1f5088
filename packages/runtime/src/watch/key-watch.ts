import { randomBytes } from 'node:crypto';
import { processStats } from '../accounting.js';
import { config } from '../config.js';
import { events, warnOnce } from '../events.js';
import { keySecret } from '../key-secret.js';
import { KeySketch } from '../key-sketch.js';
import type { KeyPlan } from '../plan.js';
import type { StoreContext } from '../store/store-context.js';
import { MAX_PATHS, MAX_RECENT_MISSES, diagnoseKeys, type RecentMiss, type StoredKeySketch } from './diagnose-keys.js';

import { fieldDigests, parameterNames } from './field-digests.js';

/** Past its first misses (see `fullMisses`), a method sketches one miss in this many. */
const SAMPLE_EVERY = 8;
/** Misses sketched one by one before sampling starts: twice the calls the alarm needs. */
const fullMisses = (minCalls: number): number => 2 * minCalls;

/**
 * What one method's misses say about its key: a sketch of each key field's distinct values
 * (digests only, key-sketch.ts). Only misses are sketched: the alarm needs next to no hits,
 * when misses are (nearly) all calls, and the hit path stays as it was. Every miss is sketched
 * until there have been twice `minCalls` of them, then one in SAMPLE_EVERY (digesting each
 * field is most of what a miss costs): distinct values are compared with the misses sketched,
 * here and in the store record (`sampled`), so a field new on every call still reads as one.
 * When one field is new on every call while the others repeat, `key-never-repeats` is emitted
 * and a warning printed, once per method; the sketch is written to the method's store record with the counters, so
 * `keyproof stats` says the same from the store, summed over processes.
 */
export class KeyWatch {
  private readonly paths = new Map<string, { parent: string | null; sketch: KeySketch }>();
  private readonly argNames: string[] | undefined;
  /** Misses seen, and misses sketched, in this process. */
  private misses = 0;
  private sampled = 0;
  /** This process in the store record's per-process sketched-miss counts. */
  private readonly token = randomBytes(6).toString('base64url');
  private alarmed = false;
  /** Checked once since minCalls was reached. */
  private checked = false;
  private readonly recent: RecentMiss[] = [];

  constructor(
    private readonly id: string,
    private readonly plan: KeyPlan,
    upstream: (...args: never[]) => unknown,
  ) {
    this.argNames = plan.source === 'unplanned' ? parameterNames(upstream) : undefined;
  }

  /**
   * A miss: sketch its key fields, hand the sketch to the store's accounting, check the alarm.
   * Returns the field digests, for the entry record the call writes (what `keyproof explain
   * --misses` compares), or nothing when this miss was not sketched.
   */
  missed(ctx: StoreContext, self: unknown, args: readonly unknown[]): Record<string, string> | undefined {
    const watch = config().keyWatch;
    if (watch === false) return undefined;
    this.misses++;
    // every miss until the alarm has had its calls (and then some), then a sample: the digests are most of a miss's cost
    if (this.sampled >= fullMisses(watch.minCalls) && this.misses % SAMPLE_EVERY !== 0) return undefined;
    let digests: ReturnType<typeof fieldDigests>;
    try {
      digests = fieldDigests(this.plan, this.argNames, self, args, keySecret());
    } catch {
      return undefined; // a projector or normaliser that throws the second time: the call goes on unwatched
    }
    const fields = Object.fromEntries(digests.slice(0, MAX_PATHS).map((d) => [d.path, d.digest]));
    let changed = false;
    for (const d of digests) {
      let p = this.paths.get(d.path);
      if (!p) {
        if (this.paths.size >= MAX_PATHS) continue;
        p = { parent: d.parent, sketch: new KeySketch() };
        this.paths.set(d.path, p);
      }
      changed = p.sketch.add(d.digest) || changed;
    }
    this.sampled++;
    if (changed) ctx.accounting.sketched(this.id, this);
    // checked at the first chance past minCalls, then every 16th miss (an estimate is 256 steps per field)
    if ((!this.alarmed && (this.sampled & 15) === 0) || !this.checked) this.check(watch.minCalls);
    return fields;
  }

  /** A miss and its reason, for `keyproof explain --misses` (the last few, written with the sketch). */
  recordMiss(ctx: StoreContext, miss: RecentMiss): void {
    this.recent.push(miss);
    if (this.recent.length > MAX_RECENT_MISSES) this.recent.shift();
    ctx.accounting.sketched(this.id, this);
  }

  /** The sketches as the store record keeps them. */
  snapshot(): StoredKeySketch {
    return {
      paths: [...this.paths].map(([path, p]) => ({ path, parent: p.parent, sketch: p.sketch.toText() })),
      recentMisses: [...this.recent],
      sampled: { [this.token]: this.sampled },
    };
  }

  private check(minCalls: number): void {
    if (this.alarmed) return;
    const counters = processStats().get(this.id)?.counters;
    if (!counters || counters.calls < minCalls) return;
    this.checked = true;
    const estimates = [...this.paths].map(([path, p]) => ({ path, parent: p.parent, distinct: p.sketch.estimate() }));
    // in shadow mode nothing is a hit: what the cache could have answered counts instead
    const hits = counters.hits + counters.wouldBeHits;
    const found = diagnoseKeys(this.id, { calls: counters.calls, hits, sampled: this.sampled }, estimates, minCalls);
    if (!found) return;
    this.alarmed = true;
    const { message: _message, sampled: _sampled, otherFields: _k, ...payload } = found;
    events.emit('key-never-repeats', payload);
    warnOnce('KEYPROOF_KEY_NEVER_REPEATS', this.id, `keyproof: ${found.message}`);
  }
}
