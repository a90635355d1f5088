import type { MethodInfo } from './accounting.js';
import { admitValue } from './admit-value.js';
import { CallBook, type CallKey, type Outcome } from './call-book.js';
import { reportCall, startClock, type CallClock } from './call-clock.js';
import { reportCorrupt, reportUnstorable } from './call-reports.js';
import { decodeValue } from './codec.js';
import { config } from './config.js';
import { CallKeys } from './derive-key.js';
import type { ResolvedMethodOptions } from './options.js';
import type { KeyPlan } from './plan.js';
import { failsClosed, readEntryFailClosed } from './store/fail-closed.js';
import { fillTurn } from './store/fill-turn.js';
import { readStoredEntry } from './store/read-entry.js';
import { storeContext, type StoreContext } from './store/store-context.js';
import { KeyWatch } from './watch/key-watch.js';
import { reportMiss } from './watch/report-miss.js';
import { shadowCall } from './watch/shadow-call.js';

type Upstream = (this: unknown, ...args: unknown[]) => unknown;

/**
 * One memoised method or function. A call goes: key (exactly the planned fields) → the front
 * cache → a call already in flight for that key → the store → its turn to fill (another
 * process may be filling it: fill-turn.ts) → upstream → the store. Every hit hands the caller
 * a freshly decoded value; counting goes to the store's accounting, its one owner.
 */
export class MemoizedCall {
  private readonly inflight = new Map<string, Promise<Outcome>>();
  private readonly info: MethodInfo;
  private readonly watch: KeyWatch;
  /** Counting, events, the front cache and entry writes (call-book.ts). */
  private readonly book: CallBook;
  /** A call's front key and entry key (derive-key.ts). */
  private readonly keys: CallKeys;

  constructor(
    private readonly plan: KeyPlan,
    private readonly options: ResolvedMethodOptions,
    private readonly upstream: Upstream,
  ) {
    this.keys = new CallKeys(plan, options.id, options.version);
    const { project: _project, ...planned } = plan;
    const description = { ...planned, id: options.id }; // the id keys use, whatever the plan says
    this.info = { id: options.id, version: options.version, cost: options.cost, ttlMs: options.ttlMs ?? null, plan: description };
    this.watch = new KeyWatch(options.id, plan, upstream);
    this.book = new CallBook(this.info, options, this.watch);
  }

  /** The key of a call: `{id}:{version}:{digest}`. Throws KeyEncodingError for unencodable fields. */
  keyOf(self: unknown, args: readonly unknown[]): string {
    return this.keys.keyOf(self, args);
  }

  /**
   * A call. A front-cache hit is answered without an `await` on the way: key, lookup, a fresh
   * copy, one settled promise. Everything else goes on in `answer`.
   */
  call(self: unknown, args: unknown[]): Promise<unknown> {
    // the global store is re-resolved after `configure()` or a changed KEYPROOF_STORE
    const ctx = storeContext(this.options.store);
    let front: string | undefined;
    let entry: string | undefined;
    try {
      // an unencodable argument rejects here, before upstream; without a front cache, no front key
      if (ctx.front !== undefined) front = this.keys.frontKey(self, args);
      else entry = this.keys.keyOf(self, args);
    } catch (error) {
      return Promise.reject(error);
    }
    this.book.count(ctx, 'calls');
    const clock = startClock(); // only while `call` events are listened to (keyproof/otel)
    // shadow mode never serves from the cache; fail-closed serves what the store says now
    if (front !== undefined && ctx.front !== undefined && (this.options.mode ?? config().mode) !== 'shadow' && !failsClosed(this.options)) {
      const now = Date.now();
      const entry = ctx.front.get(front, now);
      if (entry !== undefined) {
        if (clock) {
          clock.source = 'memory';
          clock.size = entry.bytes.byteLength;
        }
        let value: unknown;
        try {
          value = ctx.front.value(entry);
        } catch (error) {
          if (clock) reportCall(this.info, entry.entryKey, clock, true);
          return Promise.reject(error);
        }
        this.book.served(ctx, entry.entryKey, now, 'memory');
        if (clock) reportCall(this.info, entry.entryKey, clock, false);
        return Promise.resolve(value);
      }
    }
    const keys = { front, entry: entry ?? this.keys.entryKey(front!) };
    return clock ? this.timed(ctx, keys, self, args, clock) : this.answer(ctx, keys, self, args);
  }

  /** A call past the front cache while `call` events are listened to. */
  private async timed(ctx: StoreContext, keys: CallKey, self: unknown, args: unknown[], clock: CallClock): Promise<unknown> {
    let failed = true;
    try {
      const value = await this.answer(ctx, keys, self, args, clock);
      failed = false;
      return value;
    } finally {
      reportCall(this.info, keys.entry, clock, failed);
    }
  }

  /** The answer to a call that the front cache did not have; `clock` (when timed) learns where it came from. */
  private async answer(ctx: StoreContext, keys: CallKey, self: unknown, args: unknown[], clock?: CallClock): Promise<unknown> {
    const key = keys.entry;
    if ((this.options.mode ?? config().mode) === 'shadow') {
      const inFront = keys.front !== undefined && ctx.front?.get(keys.front, Date.now()) !== undefined;
      return shadowCall(ctx, this.info, this.watch, key, { self, args, inFront }, (store) => this.fill(ctx, keys, self, args, store));
    }

    const joined = this.inflight.get(key);
    if (joined) {
      const outcome = await joined;
      if (outcome.bytes) {
        if (clock) clock.source = 'shared';
        this.book.shared(ctx, key, false);
        return decodeValue(outcome.bytes);
      }
      // an answer that cannot be encoded cannot be copied either: this caller gets its own
      // from upstream rather than another caller's object
      if (clock) clock.source = 'upstream';
      return (await this.fill(ctx, keys, self, args, false)).value;
    }

    const pending = this.resolve(ctx, keys, self, args, clock);
    this.inflight.set(key, pending);
    try {
      return (await pending).value;
    } finally {
      this.inflight.delete(key);
    }
  }

  /** The store, else our turn to fill (or the entry another process filled meanwhile), else upstream. */
  private async resolve(ctx: StoreContext, keys: CallKey, self: unknown, args: unknown[], clock?: CallClock): Promise<Outcome> {
    const key = keys.entry;
    if (clock) clock.source = 'store';
    const stored = failsClosed(this.options) ? await readEntryFailClosed(ctx.store, key, this.options.id) : await readStoredEntry(ctx.store, key);
    if (stored instanceof Error) reportCorrupt(this.options.id, key, stored);
    else if (stored) {
      if (clock) clock.size = stored.bytes.byteLength;
      this.book.served(ctx, key, Date.now(), 'store');
      return this.book.remember(ctx, keys, stored);
    }

    const turn = await fillTurn(ctx.store, key, { waitMs: config().leaseMs, entry: stored instanceof Error ? 'unreadable' : 'missing' });
    if ('found' in turn) {
      if (clock) {
        clock.source = 'shared';
        clock.size = turn.found.bytes.byteLength;
      }
      this.book.shared(ctx, key, true); // another process's upstream call answered this one
      return this.book.remember(ctx, keys, turn.found);
    }
    if (clock) clock.source = 'upstream';
    const missed = reportMiss(ctx, this.info, this.watch, key, stored instanceof Error, self, args); // its reason is read while upstream runs
    try {
      return await this.fill(ctx, keys, self, args);
    } finally {
      void turn.release(); // behind the call: the entry is written, waiters read the entry
      await missed; // read while upstream ran: the miss's reason
    }
  }

  /** Call upstream; store what it returned when it can come back as it went in (unless `store` is false: shadow mode's would-be hits). */
  private async fill(ctx: StoreContext, keys: CallKey, self: unknown, args: unknown[], store = true): Promise<Outcome> {
    this.book.count(ctx, 'upstreamCalls');
    let value: unknown;
    try {
      value = await this.upstream.apply(self, args);
    } catch (error) {
      this.book.count(ctx, 'errors');
      throw error; // errors are never cached
    }
    const { bytes, problem } = admitValue(value, config().maxValueBytes);
    if (problem) {
      this.book.count(ctx, 'unstorable');
      reportUnstorable(this.options.id, this.plan.source, keys.entry, problem, Boolean(this.options.strict ?? config().strict));
    } else if (store) {
      await this.book.write(ctx, keys, bytes!);
    }
    return { value, bytes };
  }
}
