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
import { CorruptEntryError, StoreUnavailableError } from './errors.js';
import { redact } from './printable.js';
import { failsClosed, readEntryFailClosed, storeDidNotAnswer, unreadableFailClosed } from './store/fail-closed.js';
import { events } from './events.js';
import type { FrontEntry } from './front-cache.js';
import { intercepting, type Interceptable } from './intercept.js';
import { registerMethod } from './method-registry.js';
import { fillTurn } from './store/fill-turn.js';
import {
  readCheckedEntry,
  readGenerations,
  readStoredEntry,
  type Generations,
  type PassedEntry,
  type StoredEntry,
  storedEntryNow,
} from './store/read-entry.js';
import { LATER } from './store/guarded-store.js';
import { handOut, ResultClasses } from './result-classes.js';
import { storeContext, type StoreContext } from './store/store-context.js';
import { metaKey, namespaced } from './store/store-keys.js';
import { isTag, tagId } from './tags.js';
import { KeyWatch } from './watch/key-watch.js';
import { reportMiss } from './watch/report-miss.js';
import { shadowCall } from './watch/shadow-call.js';
import { recordTtl } from './watch/miss-reason.js';

type Upstream = (this: unknown, ...args: unknown[]) => unknown;
/** What a call read at once from a store in this process (store/read-entry.ts), or LATER: not read yet. */
type ReadNow = ReturnType<typeof storedEntryNow>;

/**
 * One memoised method or function. A call goes: key (exactly the planned fields) → the front
 * cache → a call already in flight for that key → the store → its turn to fill (another
 * process may be filling it: fill-turn.ts) → upstream → the store. Every hit hands the caller
 * a freshly decoded value; counting goes to the store's accounting, its one owner.
 */
export class MemoizedCall implements Interceptable {
  private readonly inflight = new Map<string, Promise<Outcome>>();
  private readonly info: MethodInfo;
  private readonly watch: KeyWatch;
  /** Counting, events, the front cache and entry writes (call-book.ts). */
  private readonly book: CallBook;
  /** A call's front key and entry key (derive-key.ts). */
  private readonly keys: CallKeys;
  /** The classes the declared result holds (result-classes.ts), when the plan names any. */
  private readonly classes: ResultClasses | undefined;

  constructor(
    private readonly plan: KeyPlan,
    private readonly options: ResolvedMethodOptions,
    private readonly upstream: Upstream,
  ) {
    this.keys = new CallKeys(plan, options.id, options.version);
    this.classes =
      plan.result !== undefined && plan.classes !== undefined
        ? new ResultClasses(options.id, plan.result, plan.classes)
        : undefined;
    const { project: _project, classes: _classes, ...planned } = plan;
    const description = { ...planned, id: options.id }; // the id keys use, whatever the plan says
    this.info = {
      id: options.id,
      version: options.version,
      cost: options.cost,
      ttlMs: options.ttlMs ?? null,
      plan: description,
    };
    this.watch = new KeyWatch(options.id, plan, upstream);
    this.book = new CallBook(this.info, options);
    registerMethod(this);
  }

  get id(): string {
    return this.options.id;
  }

  get version(): string {
    return this.options.version;
  }

  /** The method's own store option (undefined: the global store). */
  get storeOption(): ResolvedMethodOptions['store'] {
    return this.options.store;
  }

  countInvalidation(): void {
    this.book.count(storeContext(this.options.store), 'invalidations');
  }

  get tagged(): boolean {
    return this.options.tags !== undefined;
  }

  /** The tag ids of a call's entry (tags.ts `tagId`), from its key fields; none without the `tags` option. */
  private tagIdsOf(self: unknown, args: readonly unknown[]): string[] {
    const tags = this.options.tags;
    if (tags === undefined) return [];
    const made = tags(this.keys.fields(self, args));
    if (!Array.isArray(made) || !made.every(isTag)) {
      throw new TypeError(
        `${this.options.id}: the tags option returned ${Array.isArray(made) ? 'an array with a value that is not a tag' : typeof made}; it must return an array of tag('name', …parts).`,
      );
    }
    return [...new Set(made.map(tagId))];
  }

  /** Reads that check more than the entry: its tags' generations, its own expiry (staleIfError). */
  private get checked(): boolean {
    return this.options.tags !== undefined || this.options.staleIfErrorMs !== undefined;
  }

  /**
   * `invalidate(() => this call)`: drop the entry (store and this process's front cache) and
   * leave a record so its next miss reads "invalidated". Upstream is not called. True when the
   * store had an entry to drop.
   */
  async invalidateCall(self: unknown, args: unknown[]): Promise<boolean> {
    const ctx = storeContext(this.options.store);
    const key = this.keys.keyOf(self, args);
    if (ctx.front !== undefined) ctx.front.delete(this.keys.frontKey(self, args));
    await ctx.accounting.flush(); // the entry's pending record must not land after the one below
    const dropped = await ctx.store.delete(key);
    const ttl = this.options.ttlMs === undefined ? undefined : this.options.ttlMs + (this.options.staleIfErrorMs ?? 0);
    const marked = await ctx.store.set(
      metaKey(key),
      { id: this.options.id, version: this.options.version, invalidatedAt: Date.now() },
      recordTtl(ttl) ?? INVALIDATED_RECORD_MS,
    );
    if (!marked) {
      // the guard answers a failed store as "not there": an invalidation must not pass unnoticed
      throw new StoreUnavailableError(
        `invalidate(): the store ${redact(ctx.store.label)} did not answer, so the entry of ${key} may still be served. Retry when the store answers.`,
      );
    }
    this.book.count(ctx, 'invalidations');
    if (events.listenerCount('invalidate') > 0)
      events.emit('invalidate', { scope: 'call', id: this.options.id, key: namespaced(key), dropped });
    return dropped;
  }

  /**
   * `refresh(() => this call)`: upstream once, whatever is stored; the entry is replaced (store,
   * front cache), and identical calls made meanwhile in this process join this one.
   */
  async refreshCall(self: unknown, args: unknown[]): Promise<unknown> {
    const ctx = storeContext(this.options.store);
    const keys = {
      front: ctx.front !== undefined ? this.keys.frontKey(self, args) : undefined,
      entry: this.keys.keyOf(self, args),
    };
    const tagIds = this.tagIdsOf(self, args);
    this.book.count(ctx, 'refreshes');
    const pending = (async () =>
      this.fill(ctx, keys, self, args, true, { tagIds, generations: await readGenerations(ctx.store, tagIds) }))();
    this.inflight.set(keys.entry, pending);
    try {
      const outcome = await pending;
      if (events.listenerCount('invalidate') > 0)
        events.emit('invalidate', {
          scope: 'refresh',
          id: this.options.id,
          key: namespaced(keys.entry),
          dropped: true,
        });
      return outcome.value;
    } finally {
      if (this.inflight.get(keys.entry) === pending) this.inflight.delete(keys.entry);
    }
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
    const intercept = intercepting();
    if (intercept !== undefined) {
      // invalidate()/refresh(): this call is their target, not a call to answer
      const acted = (async () =>
        intercept.action === 'invalidate' ? this.invalidateCall(self, args) : this.refreshCall(self, args))();
      intercept.caught.push(acted);
      return acted;
    }
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
    const serves = (this.options.mode ?? config().mode) !== 'shadow' && !failsClosed(this.options);
    if (serves && front !== undefined && ctx.front !== undefined) {
      const now = Date.now();
      const entry = ctx.front.get(front, now);
      if (entry !== undefined) {
        if (clock) {
          clock.source = 'memory';
          clock.size = entry.encoded.length;
        }
        return this.serve(ctx, entry, now, clock);
      }
    }
    const keys = { front, entry: entry ?? this.keys.entryKey(front!) };
    if (clock) return this.timed(ctx, keys, self, args, clock);
    let stored: ReadNow = LATER;
    if (serves && !this.checked && !this.inflight.has(keys.entry)) {
      // a store in this process (memory://) is read at once: its hit awaits nothing either (a
      // call in flight for this key, a refresh say, is joined in `answer` instead)
      stored = storedEntryNow(ctx.store, keys.entry);
      if (stored !== LATER && stored !== undefined && !(stored instanceof CorruptEntryError))
        return this.serve(ctx, stored, Date.now(), undefined, keys);
    }
    return this.answer(ctx, keys, self, args, undefined, stored);
  }

  /**
   * A hit answered without an `await`: an entry of the front cache, or of a store in this
   * process (under `keys`, and then remembered in the front cache). The caller gets its own copy
   * (its result class restored), the hit is counted, and the answer is one settled promise; a
   * copy that cannot be made rejects.
   */
  private serve(
    ctx: StoreContext,
    hit: FrontEntry | StoredEntry,
    now: number,
    clock?: CallClock,
    keys?: CallKey,
  ): Promise<unknown> {
    const inFront = isFrontEntry(hit);
    const entryKey = inFront ? hit.entryKey : keys!.entry;
    let value: unknown;
    try {
      const found = inFront ? ctx.front!.value(hit) : this.book.remember(ctx, keys!, hit).value;
      value = handOut(found, this.classes, this.options.id);
    } catch (error) {
      if (clock) reportCall(this.info, entryKey, clock, true);
      return Promise.reject(error);
    }
    this.book.served(ctx, entryKey, now, inFront ? 'memory' : 'store');
    if (clock) reportCall(this.info, entryKey, clock, false);
    return Promise.resolve(value);
  }

  /** A call past the front cache while `call` events are listened to. */
  private async timed(
    ctx: StoreContext,
    keys: CallKey,
    self: unknown,
    args: unknown[],
    clock: CallClock,
  ): Promise<unknown> {
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
  private async answer(
    ctx: StoreContext,
    keys: CallKey,
    self: unknown,
    args: unknown[],
    clock?: CallClock,
    /** What the call read from a store in this process on its way here (no entry, an unreadable one). */
    stored: ReadNow = LATER,
  ): Promise<unknown> {
    const key = keys.entry;
    if ((this.options.mode ?? config().mode) === 'shadow') {
      const inFront = keys.front !== undefined && ctx.front?.get(keys.front, Date.now()) !== undefined;
      if (!this.checked)
        return shadowCall(ctx, this.info, this.watch, key, { self, args, inFront }, (store, _generations, fields) =>
          this.fill(ctx, keys, self, args, store, undefined, undefined, fields),
        );
      const tagIds = this.tagIdsOf(self, args);
      return shadowCall(
        ctx,
        this.info,
        this.watch,
        key,
        { self, args, inFront },
        (store, generations, fields) =>
          this.fill(ctx, keys, self, args, store, { tagIds, generations: generations ?? {} }, undefined, fields),
        () => readCheckedEntry(ctx.store, key, tagIds),
      );
    }

    const joined = this.inflight.get(key);
    if (joined) {
      const outcome = await joined;
      if (outcome.bytes) {
        if (clock) clock.source = 'shared';
        this.book.shared(ctx, key, false);
        return handOut(decodeValue(outcome.bytes), this.classes, this.options.id);
      }
      // an answer that cannot be encoded cannot be copied either: this caller gets its own
      // from upstream rather than another caller's object
      if (clock) clock.source = 'upstream';
      return (await this.fill(ctx, keys, self, args, false)).value;
    }

    const pending = this.resolve(ctx, keys, self, args, clock, stored);
    this.inflight.set(key, pending);
    try {
      return handOut((await pending).value, this.classes, this.options.id);
    } finally {
      this.inflight.delete(key);
    }
  }

  /** The store, else our turn to fill (or the entry another process filled meanwhile), else upstream. */
  private async resolve(
    ctx: StoreContext,
    keys: CallKey,
    self: unknown,
    args: unknown[],
    clock?: CallClock,
    readNow: ReadNow = LATER,
  ): Promise<Outcome> {
    const key = keys.entry;
    if (clock) clock.source = 'store';
    const tagIds = this.tagIdsOf(self, args);
    let stored: Awaited<ReturnType<typeof readStoredEntry>>;
    let passed: PassedEntry | undefined;
    let generations: Generations = {};
    const failClosed = failsClosed(this.options);
    if (this.checked) {
      // the entry and its tags' generations in one round trip (read-entry.ts)
      const read = await readCheckedEntry(
        ctx.store,
        key,
        tagIds,
        Date.now(),
        failClosed ? () => storeDidNotAnswer(this.options.id, ctx.store) : undefined,
      );
      ({ found: stored, passed, generations } = read);
      if (failClosed && stored instanceof CorruptEntryError)
        throw await unreadableFailClosed(ctx.store, key, this.options.id, stored);
    } else if (failClosed) stored = await readEntryFailClosed(ctx.store, key, this.options.id);
    else stored = readNow !== LATER ? readNow : await readStoredEntry(ctx.store, key);
    if (stored instanceof Error) reportCorrupt(this.options.id, key, stored);
    else if (stored) {
      if (clock) clock.size = stored.bytes.byteLength;
      this.book.served(ctx, key, Date.now(), 'store');
      return this.book.remember(ctx, keys, stored);
    }

    const turn = await fillTurn(ctx.store, key, {
      waitMs: config().leaseMs,
      // an entry stored but not usable (invalidated, expired) is overwritten like an unreadable one
      entry: stored instanceof Error || passed !== undefined ? 'unreadable' : 'missing',
      ...(this.checked ? { read: async () => (await readCheckedEntry(ctx.store, key, tagIds)).found } : {}),
    });
    if ('found' in turn) {
      if (clock) {
        clock.source = 'shared';
        clock.size = turn.found.bytes.byteLength;
      }
      this.book.shared(ctx, key, true); // another process's upstream call answered this one
      return this.book.remember(ctx, keys, turn.found);
    }
    if (clock) clock.source = 'upstream';
    const missed = reportMiss(ctx, this.info, this.watch, key, stored instanceof Error, self, args, passed?.reason);
    try {
      return await this.fill(ctx, keys, self, args, true, { tagIds, generations }, passed, missed.fields);
    } finally {
      void turn.release(); // behind the call: the entry is written, waiters read the entry
      await missed.reason; // read while upstream ran
    }
  }

  /**
   * Call upstream; store what it returned when it can come back as it went in (unless `store`
   * is false: shadow mode's would-be hits), its record carrying the miss's field digests.
   */
  private async fill(
    ctx: StoreContext,
    keys: CallKey,
    self: unknown,
    args: unknown[],
    store = true,
    tags: { tagIds: readonly string[]; generations: Generations } = { tagIds: [], generations: {} },
    passed?: PassedEntry,
    fields?: Record<string, string>,
  ): Promise<Outcome> {
    this.book.count(ctx, 'upstreamCalls');
    let value: unknown;
    try {
      value = await this.upstream.apply(self, args);
    } catch (error) {
      this.book.count(ctx, 'errors');
      const stale = this.staleAnswer(ctx, keys.entry, passed, error);
      if (stale) return stale;
      throw error; // errors are never cached
    }
    const { bytes, problem } = admitValue(value, config().maxValueBytes, this.classes);
    if (problem) {
      this.book.count(ctx, 'unstorable');
      reportUnstorable(
        this.options.id,
        this.plan.source,
        keys.entry,
        problem,
        Boolean(this.options.strict ?? config().strict),
      );
    } else if (store) {
      await this.book.write(
        ctx,
        keys,
        bytes!,
        tags.tagIds.length > 0 ? pick(tags.generations, tags.tagIds) : undefined,
        fields,
      );
    }
    return { value, bytes };
  }

  /** `staleIfError`: the expired entry this call read, when upstream failed within the bound past its expiry. */
  private staleAnswer(
    ctx: StoreContext,
    key: string,
    passed: PassedEntry | undefined,
    error: unknown,
  ): Outcome | undefined {
    const bound = this.options.staleIfErrorMs;
    if (bound === undefined || passed?.reason !== 'expired' || passed.entry.expires === null) return undefined;
    if (Date.now() >= passed.entry.expires + bound) return undefined;
    this.book.count(ctx, 'stale');
    if (events.listenerCount('stale') > 0) {
      events.emit('stale', {
        id: this.options.id,
        key: namespaced(key),
        expiredAt: passed.entry.expires,
        error: error instanceof Error ? error : new Error(String(error)),
      });
    }
    return { value: passed.entry.value, bytes: passed.entry.bytes };
  }
}

/** How long the record of an invalidated entry of a method without a TTL stays (its next miss reads "invalidated"). */
const INVALIDATED_RECORD_MS = 86_400_000;

const isFrontEntry = (hit: FrontEntry | StoredEntry): hit is FrontEntry => 'encoded' in hit;

function pick(generations: Generations, ids: readonly string[]): Generations {
  const out: Generations = {};
  for (const id of ids) out[id] = generations[id] ?? null;
  return out;
}
