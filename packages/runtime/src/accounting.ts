import { addCounters, hasCounts, metaKey, zeroInPlace, methodKey, zeroCounters, type EntryRecord, type MethodCounters, type MethodRecord } from './records.js';
import type { PlanDescription } from './plan.js';
import type { GuardedStore } from './store/guarded-store.js';
import { UnreadableRecord } from './store/unreadable-record.js';

export interface MethodInfo {
  readonly id: string;
  readonly version: string;
  readonly cost: number;
  readonly ttlMs: number | null;
  readonly plan: PlanDescription;
}

/**
 * Per-store bookkeeping, kept off the hit path: a hit only bumps in-memory deltas; a timer
 * (and `flush()`) merges them into the store's records in one batch. Pending state is
 * bounded by the number of distinct entries hit between two flushes, and a flush is
 * started early when that passes `maxPending`.
 */
export class Accounting {
  private methods = new Map<string, { info: MethodInfo; delta: MethodCounters; written: boolean }>();
  private hits = new Map<string, { count: number; lastHitAt: number }>();
  private flushing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: GuardedStore,
    private readonly intervalMs: number,
    private readonly maxPending = 10_000,
  ) {}

  /**
   * The pending counter deltas of a method: a stable object the caller increments directly
   * (the hit path does no lookups), snapshotted and zeroed in place by each flush. Call
   * `touch()` after incrementing so a flush is scheduled.
   */
  counters(info: MethodInfo): MethodCounters {
    let entry = this.methods.get(info.id);
    if (!entry) {
      entry = { info, delta: zeroCounters(), written: false };
      this.methods.set(info.id, entry);
    } else if (entry.info !== info) {
      entry.info = info; // another version (or plan) of the same id: the latest one is described
    }
    return entry.delta;
  }

  /** Something was counted: make sure a flush is scheduled. */
  touch(): void {
    if (!this.timer) this.schedule();
  }

  hit(key: string, now: number): void {
    const pending = this.hits.get(key);
    if (pending) {
      pending.count++;
      pending.lastHitAt = now;
    } else {
      this.hits.set(key, { count: 1, lastHitAt: now });
      if (this.hits.size >= this.maxPending) void this.flush();
    }
    this.schedule();
  }

  /** The record written with a new entry. */
  stored(key: string, record: EntryRecord, ttlMs: number | undefined): Promise<boolean> {
    return this.store.set(metaKey(key), record, ttlMs);
  }

  private schedule(): void {
    if (this.timer || this.intervalMs <= 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.intervalMs);
    this.timer.unref();
  }

  /** Merge pending counters and hits into the store. Resolves when written (or bypassed). */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing.then(() => this.flush());
    // any counter, not only calls: an upstream call or error may finish after the flush that counted its call
    if (this.hits.size === 0 && ![...this.methods.values()].some((m) => hasCounts(m.delta) || !m.written)) {
      return Promise.resolve();
    }
    // bookkeeping never fails anything: store errors were already reported by the guard
    this.flushing = this.write().catch(() => {}).finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async write(): Promise<void> {
    const hits = this.hits;
    this.hits = new Map();
    const methods: Array<{ info: MethodInfo; delta: MethodCounters }> = [];
    for (const m of this.methods.values()) {
      if (m.written && !hasCounts(m.delta)) continue; // nothing new since the last flush
      methods.push({ info: m.info, delta: { ...m.delta } });
      zeroInPlace(m.delta);
      m.written = true;
    }
    const now = Date.now();
    await Promise.all([
      ...methods.map(async ({ info, delta }) => {
        const old = await this.store.get<MethodRecord>(methodKey(info.id));
        const totals = zeroCounters();
        // counters are per method, summed over its versions: two versions running side by side
        // during a migration must add up, not reset each other
        if (old && !(old instanceof UnreadableRecord)) addCounters(totals, old);
        addCounters(totals, delta);
        const record: MethodRecord = { ...totals, ...info, updatedAt: now };
        await this.store.set(methodKey(info.id), record);
      }),
      ...[...hits].map(async ([key, h]) => {
        const old = await this.store.get<EntryRecord>(metaKey(key));
        if (!old || old instanceof UnreadableRecord) return; // entry gone (cleared or expired) or unreadable: nothing to count
        const ttl = old.expiresAt === null ? undefined : old.expiresAt - now;
        if (ttl !== undefined && ttl <= 0) return;
        await this.store.set(metaKey(key), { ...old, hits: old.hits + h.count, lastHitAt: h.lastHitAt }, ttl);
      }),
    ]);
  }

  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
