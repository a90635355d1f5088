import { processStats } from '../accounting.js';
import { config } from '../config.js';
import { events, warnOnce } from '../events.js';
import { keySecret } from '../key-secret.js';
import { KeySketch } from '../key-sketch.js';
import type { KeyPlan } from '../plan.js';
import type { StoreContext } from '../store/store-context.js';
import { MAX_PATHS, diagnoseKeys, type StoredKeySketch } from './diagnose-keys.js';
import { fieldDigests, parameterNames } from './field-digests.js';


/**
 * What one method's misses say about its key: a sketch of each key field's distinct values
 * (digests only, key-sketch.ts). Only misses are sketched: the alarm needs next to no hits,
 * when misses are (nearly) all calls, and the hit path stays as it was. When one field is new on
 * every call while the others repeat, `key-never-repeats` is emitted and a warning printed,
 * once per method; the sketch is written to the method's store record with the counters, so
 * `keyproof stats` says the same from the store, summed over processes.
 */
export class KeyWatch {
  private readonly paths = new Map<string, { parent: string | null; sketch: KeySketch }>();
  private readonly argNames: string[] | undefined;
  /** Misses sketched in this process. */
  private sampled = 0;
  private alarmed = false;

  constructor(
    private readonly id: string,
    private readonly plan: KeyPlan,
    upstream: (...args: never[]) => unknown,
  ) {
    this.argNames = plan.source === 'unplanned' ? parameterNames(upstream) : undefined;
  }

  /** A miss: sketch its key fields, hand the sketch to the store's accounting, check the alarm. */
  missed(ctx: StoreContext, self: unknown, args: readonly unknown[]): void {
    const watch = config().keyWatch;
    if (watch === false) return;
    let digests;
    try {
      digests = fieldDigests(this.plan, this.argNames, self, args, keySecret());
    } catch {
      return; // a projector or normaliser that throws the second time: the call goes on unwatched
    }
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
    if (!this.alarmed) this.check(watch.minCalls);
  }

  /** The sketches as the store record keeps them. */
  snapshot(): StoredKeySketch {
    return { paths: [...this.paths].map(([path, p]) => ({ path, parent: p.parent, sketch: p.sketch.toText() })) };
  }

  private check(minCalls: number): void {
    const counters = processStats().get(this.id)?.counters;
    if (!counters || counters.calls < minCalls) return;
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
