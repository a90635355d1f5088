import {
  addCounters,
  hasCounts,
  zeroCounters,
  type EntryRecord,
  type MethodCounters,
  type MethodInfo,
} from './records.js';
import type { CountBatch } from './store/native-store.js';
import { nativeStore } from './store/open-native-store.js';
import type { GuardedStore } from './store/guarded-store.js';
import { metaKey } from './store/store-keys.js';
import type { StoredKeySketch } from './watch/diagnose-keys.js';
import { describeMethod, mergeKeySketch } from './watch/method-records.js';

export type { MethodInfo } from './records.js';

/** Counters of every memoised method used in this process, by id (for `stats()`). */
const processCounts = new Map<string, { info: MethodInfo; counters: MethodCounters }>();

export function processStats(): ReadonlyMap<
  string,
  { readonly info: MethodInfo; readonly counters: Readonly<MethodCounters> }
> {
  return processCounts;
}

/** What a method record says, as one string: a record is rewritten only when this changes. */
function describes(info: MethodInfo): string {
  return `${info.version}\0${info.cost}\0${info.ttlMs}\0${info.plan.signature}\0${info.plan.source}`;
}

/** Most entries whose hits one flush writes; the rest wait for the next one (started at once). */
const ENTRIES_PER_FLUSH = 5_000;
/** Rows per atomic part of a flush (one SQL statement, one Redis script). */
const ROWS_PER_PART = 1_000;

/** What `takePending()` hands over: entry records, method descriptions, counter deltas. */
export interface PendingWork {
  readonly records: ReadonlyArray<{
    readonly key: string;
    readonly value: unknown;
    readonly ttlMs: number | undefined;
  }>;
  readonly describe: readonly MethodInfo[];
  readonly counts: CountBatch;
}

interface PendingHit {
  count: number;
  lastHitAt: number | null;
  expiresAt?: number | null;
}

/**
 * Per-store bookkeeping, the one owner of counting. A call reports what happened
 * (`add(info, 'hits')`, `hit(key)`, `stored(key, record)`); this adds it to the process's
 * counters and to pending deltas, and a timer (and `flush()`) hands the deltas to the store
 * as atomic increments (store/*-native-store.ts), bounded per flush, off the call path and
 * under a health of their own, so counting can neither stall nor disable reads.
 */
export class Accounting {
  private methods = new Map<string, { info: MethodInfo; delta: MethodCounters; described: boolean }>();
  private hits = new Map<string, PendingHit>();
  private records: Array<{ key: string; record: EntryRecord; ttlMs: number | undefined }> = [];
  /** Methods whose key sketch changed since the last flush (watch/key-watch.ts). */
  private sketches = new Map<string, { snapshot(): StoredKeySketch }>();
  private flushing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Told how many entry records each flush wrote (the store's housekeeping checks its bound by them). */
  onRecords: ((n: number) => void) | undefined;

  constructor(
    private readonly store: GuardedStore,
    private readonly intervalMs: number,
    private readonly maxPending = 10_000,
  ) {}

  /** Count `n` of `counter` for a method, in this process and towards the store. */
  add(info: MethodInfo, counter: keyof MethodCounters, n = 1): void {
    let mine = processCounts.get(info.id);
    if (!mine) {
      mine = { info, counters: zeroCounters() };
      processCounts.set(info.id, mine);
    } else if (mine.info !== info) {
      mine.info = info;
    }
    mine.counters[counter] += n;
    let entry = this.methods.get(info.id);
    if (!entry) {
      entry = { info, delta: zeroCounters(), described: false };
      this.methods.set(info.id, entry);
    } else if (entry.info !== info) {
      // another version (or plan) of the same id: the latest one is described (once per change, not per call)
      if (describes(entry.info) !== describes(info)) entry.described = false;
      entry.info = info;
    }
    entry.delta[counter] += n;
    if (!this.timer) this.schedule();
  }

  /** An entry was served (from memory or the store): its hit count and last hit. */
  hit(key: string, now: number): void {
    const pending = this.hits.get(key);
    if (pending) {
      pending.count++;
      pending.lastHitAt = now;
    } else {
      this.hits.set(key, { count: 1, lastHitAt: now });
      if (this.hits.size >= this.maxPending) void this.flush();
    }
    if (!this.timer) this.schedule();
  }

  /**
   * The record of a new entry: written behind the call with the next flush, so a miss does not
   * wait for it. Resolves at once.
   */
  stored(key: string, record: EntryRecord, ttlMs: number | undefined): Promise<boolean> {
    this.records.push({ key, record, ttlMs });
    const pending = this.hits.get(key);
    if (pending) pending.expiresAt = record.expiresAt;
    else this.hits.set(key, { count: 0, lastHitAt: null, expiresAt: record.expiresAt });
    if (this.records.length >= this.maxPending) void this.flush();
    if (!this.timer) this.schedule();
    return Promise.resolve(true);
  }

  /** A method's key sketch changed: merged into its store record with the next flush. */
  sketched(id: string, watch: { snapshot(): StoredKeySketch }): void {
    this.sketches.set(id, watch);
    if (!this.timer) this.schedule();
  }

  private schedule(delayMs = this.intervalMs): void {
    if (this.timer || this.intervalMs <= 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delayMs);
    this.timer.unref();
  }

  private hasPending(): boolean {
    return (
      this.hits.size > 0 ||
      this.records.length > 0 ||
      this.sketches.size > 0 ||
      [...this.methods.values()].some((m) => hasCounts(m.delta) || !m.described)
    );
  }

  /** Write pending counters and records to the store. Resolves when written (or given up on: reported by the guard). */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing.then(() => this.flush());
    // any counter, not only calls: an upstream call or error may finish after the flush that counted its call
    if (!this.hasPending()) return Promise.resolve();
    this.flushing = this.writeAll()
      .catch(() => {}) // bookkeeping never fails anything: store errors were already reported by the guard
      .finally(() => {
        this.flushing = undefined;
      });
    return this.flushing;
  }

  /** Batches until the pending hits are written (each batch bounded), or the store stops taking them. */
  private async writeAll(): Promise<void> {
    // what was pending when the flush started, not what keeps arriving meanwhile (that waits for the next flush)
    let rounds = Math.max(1, Math.ceil(this.hits.size / ENTRIES_PER_FLUSH));
    while (rounds-- > 0 && (await this.write())) {
      // more than one batch was pending and the last one landed: go on
    }
  }

  /** One bounded batch. True when it landed and more hits are pending. */
  private async write(): Promise<boolean> {
    const records = this.records;
    this.records = [];
    const describe = [...this.methods.values()].filter((m) => !m.described).map((m) => m.info);
    for (const m of this.methods.values()) m.described = true;
    const methods: Array<{ id: string; delta: MethodCounters }> = [];
    for (const m of this.methods.values()) {
      if (!hasCounts(m.delta)) continue;
      methods.push({ id: m.info.id, delta: m.delta });
      m.delta = zeroCounters(); // a fresh object: nothing outside this class ever holds one
    }
    const entries: Array<CountBatch['entries'][number]> = [];
    for (const [key, h] of this.hits) {
      if (entries.length >= ENTRIES_PER_FLUSH) break;
      entries.push({
        key,
        hits: h.count,
        lastHitAt: h.lastHitAt,
        ...(h.expiresAt !== undefined ? { expiresAt: h.expiresAt } : {}),
      });
      this.hits.delete(key);
    }

    // descriptions and entry records first: a reader then finds the counters' record
    // one record per entry (an entry stored twice since the last flush: the later one), so a
    // bulk upsert never meets one key twice
    const latest = [...new Map(records.map((r) => [r.key, r] as const)).values()];
    for (let i = 0; i < latest.length; i += ROWS_PER_PART) {
      const part = latest
        .slice(i, i + ROWS_PER_PART)
        .map((r) => ({ key: metaKey(r.key), value: r.record, ttlMs: r.ttlMs }));
      await this.store.count('record', (keyv) => nativeStore(keyv).writeRecords(part));
    }
    if (latest.length > 0) this.onRecords?.(latest.length);
    if (describe.length > 0) {
      const ok = await this.store.count('describe', (keyv) =>
        Promise.all(describe.map((info) => describeMethod(keyv, info))).then(() => undefined),
      );
      if (!ok) for (const info of describe) this.markUndescribed(info);
    }
    const sketches = this.sketches;
    this.sketches = new Map();
    for (const [id, watch] of sketches) {
      if (!(await this.store.count('describe', (keyv) => mergeKeySketch(keyv, id, watch.snapshot()))))
        this.sketches.set(id, watch);
    }
    const hit = entries.filter((e) => e.hits > 0);
    if (methods.length === 0 && hit.length === 0) return this.hits.size > 0;
    // one atomic statement (SQL) or script (Redis) per part: a part lands whole or not at all
    let landedAll = true;
    for (let i = 0; i === 0 || i < hit.length; i += ROWS_PER_PART) {
      const part: CountBatch = { methods: i === 0 ? methods : [], entries: hit.slice(i, i + ROWS_PER_PART) };
      landedAll = (await this.addPart(part)) && landedAll;
    }
    return landedAll && this.hits.size > 0;
  }

  /**
   * Hand one part to the store. A part that did not land goes back into the pending deltas,
   * once it is known not to have landed: a part that timed out but lands later is not added
   * twice (at most once: counters never over-count).
   */
  private async addPart(part: CountBatch): Promise<boolean> {
    let settled: Promise<boolean> | undefined;
    const landed = await this.store.count('count', (keyv) => {
      const work = nativeStore(keyv).addCounts(part);
      settled = work.then(
        () => true,
        () => false,
      );
      return work;
    });
    if (landed) return true;
    if (settled === undefined)
      this.restore(part); // never sent: the store was known to be down
    else void settled.then((ok) => ok || this.restore(part));
    return false;
  }

  private markUndescribed(info: MethodInfo): void {
    const m = this.methods.get(info.id);
    if (m && m.info === info) m.described = false;
  }

  /**
   * A batch the store did not take goes back into the pending deltas, so an outage delays
   * counting instead of losing it. Entry hits are dropped past `maxPending` (memory is bounded);
   * method counters, a handful per process, never are.
   */
  private restore(batch: CountBatch): void {
    for (const { id, delta } of batch.methods) {
      const m = this.methods.get(id);
      if (m) addCounters(m.delta, delta);
    }
    for (const e of batch.entries) {
      if (this.hits.size >= this.maxPending) break;
      const pending = this.hits.get(e.key);
      if (pending) {
        pending.count += e.hits;
        if (e.lastHitAt !== null && (pending.lastHitAt === null || pending.lastHitAt < e.lastHitAt))
          pending.lastHitAt = e.lastHitAt;
      } else {
        this.hits.set(e.key, {
          count: e.hits,
          lastHitAt: e.lastHitAt,
          ...(e.expiresAt !== undefined ? { expiresAt: e.expiresAt } : {}),
        });
      }
    }
    if (!this.timer) this.schedule();
  }

  /**
   * Everything pending, taken at once, with no store call: what the process-exit writer
   * (store/exit-writer.ts) writes when asynchronous work can no longer run. Empty when nothing
   * is pending. Key sketches are left out (they are estimates; the next process adds its own).
   */
  takePending(): PendingWork | undefined {
    if (!this.hasPending()) return undefined;
    const records = [...new Map(this.records.map((r) => [r.key, r] as const)).values()].map((r) => ({
      key: metaKey(r.key),
      value: r.record,
      ttlMs: r.ttlMs,
    }));
    const describe = [...this.methods.values()].filter((m) => !m.described).map((m) => m.info);
    const methods = [...this.methods.values()]
      .filter((m) => hasCounts(m.delta))
      .map((m) => ({ id: m.info.id, delta: m.delta }));
    const entries = [...this.hits]
      .filter(([, h]) => h.count > 0)
      .map(([key, h]) => ({
        key,
        hits: h.count,
        lastHitAt: h.lastHitAt,
        ...(h.expiresAt !== undefined ? { expiresAt: h.expiresAt } : {}),
      }));
    this.records = [];
    this.hits.clear();
    for (const m of this.methods.values()) {
      m.described = true;
      m.delta = zeroCounters();
    }
    return { records, describe, counts: { methods, entries } };
  }

  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
