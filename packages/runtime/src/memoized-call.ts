import { config } from './config.js';
import { decodeValue, encodeValue, toStoredText } from './codec.js';
import { admitValue } from './admit-value.js';
import { entryKey, keyDigest } from './derive-key.js';
import { CorruptEntryError, UnstorableValueError } from './errors.js';
import { events, warnOnce } from './events.js';
import type { MethodInfo } from './accounting.js';
import type { KeyPlan } from './plan.js';
import { projectField } from './project-fields.js';
import { zeroCounters, type MethodCounters } from './records.js';
import { fillTurn } from './store/fill-turn.js';
import { readEntry } from './store/read-entry.js';
import { storeContext, type StoreContext } from './store/store-context.js';
import type { ResolvedMethodOptions } from './options.js';

type Upstream = (this: unknown, ...args: unknown[]) => unknown;

/** What one upstream call produced, shared by every caller that joined it. */
interface Outcome {
  readonly value: unknown;
  /** The encoded value when it could be encoded: joiners decode their own copy from it. */
  readonly bytes: Buffer | undefined;
}

const processCounters = new Map<string, { info: MethodInfo; counters: MethodCounters }>();

/** Counters of every memoised method used in this process (for `stats()`). */
export function processStats(): ReadonlyMap<string, { info: MethodInfo; counters: MethodCounters }> {
  return processCounters;
}

/**
 * One memoised method or function: turns a call into a key (exactly the planned fields),
 * then answers it from the front cache, the store, a call already in flight, or upstream.
 */
export class MemoizedCall {
  private readonly inflight = new Map<string, Promise<Outcome>>();
  private readonly names: string[];
  private readonly info: MethodInfo;
  private readonly counters: MethodCounters;

  constructor(
    private readonly plan: KeyPlan,
    private readonly options: ResolvedMethodOptions,
    private readonly upstream: Upstream,
  ) {
    this.names = plan.fields.map((f) => `${options.id}(${f.name})`);
    const { project: _project, ...planned } = plan;
    const description = { ...planned, id: options.id }; // the id keys use, whatever the plan says
    this.info = { id: options.id, version: options.version, cost: options.cost, ttlMs: options.ttlMs ?? null, plan: description };
    const existing = processCounters.get(options.id);
    this.counters = existing?.counters ?? zeroCounters();
    processCounters.set(options.id, { info: this.info, counters: this.counters });
  }

  /** The store this method uses now (the global one is re-resolved after `configure()` or a changed KEYPROOF_STORE). */
  private ctx(): StoreContext {
    return storeContext(this.options.store);
  }

  /** The key of a call: `{id}:{version}:{digest}`. Throws KeyEncodingError for unencodable fields. */
  keyOf(self: unknown, args: readonly unknown[]): string {
    const raw = (this.plan.project as (this: unknown, ...a: unknown[]) => readonly unknown[]).apply(self, args as unknown[]);
    const fields = this.plan.fields;
    const values = new Array<unknown>(fields.length);
    for (let i = 0; i < fields.length; i++) values[i] = projectField(fields[i]!, raw[i]);
    return entryKey(this.options.id, this.options.version, keyDigest(this.plan.signature, values, this.names));
  }

  async call(self: unknown, args: unknown[]): Promise<unknown> {
    const key = this.keyOf(self, args); // an unencodable argument throws here, before upstream
    const ctx = this.ctx();
    this.count(ctx, 'calls');

    const joined = this.inflight.get(key);
    if (joined) {
      this.count(ctx, 'shared');
      this.count(ctx, 'saved', this.options.cost);
      events.emit('shared', { id: this.options.id, key });
      const outcome = await joined;
      return outcome.bytes ? decodeValue(outcome.bytes) : outcome.value;
    }

    const now = Date.now();
    const front = ctx.front?.get(key, now);
    if (front) {
      const value = decodeValue(front);
      this.countHit(ctx, key, now, 'memory');
      return value;
    }

    const pending = this.resolve(ctx, key, self, args);
    this.inflight.set(key, pending);
    try {
      return (await pending).value;
    } finally {
      this.inflight.delete(key);
    }
  }

  private countHit(ctx: StoreContext, key: string, now: number, source: 'memory' | 'store'): void {
    this.count(ctx, 'hits');
    this.count(ctx, 'saved', this.options.cost);
    ctx.accounting.hit(key, now);
    if (events.listenerCount('hit') > 0) events.emit('hit', { id: this.options.id, key, source });
  }

  private async resolve(ctx: StoreContext, key: string, self: unknown, args: unknown[]): Promise<Outcome> {
    const stored = await this.readStored(ctx, key, 'read');
    if (stored) return stored;

    // other processes missing the same key at once wait for one of them (store-side lease)
    const turn = await fillTurn(ctx.store, key, config().leaseMs, () => this.readStored(ctx, key, 'wait'));
    if ('found' in turn) return turn.found;
    this.count(ctx, 'misses');
    if (events.listenerCount('miss') > 0) events.emit('miss', { id: this.options.id, key });
    try {
      return await this.fill(ctx, key, self, args);
    } finally {
      await turn.release();
    }
  }

  /**
   * The entry from the store, or undefined for none. `read`: a hit; a corrupt entry is
   * reported (and counts as none). `wait`: polled while another process fills the entry,
   * so finding it means this call shared that process's upstream call (counted as `shared`);
   * a corrupt entry is not reported again while it waits to be overwritten.
   */
  private async readStored(ctx: StoreContext, key: string, mode: 'read' | 'wait'): Promise<Outcome | undefined> {
    const stored = await ctx.store.getRaw(key);
    if (stored === undefined) return undefined;
    try {
      const { bytes, value } = readEntry(stored.value);
      if (mode === 'read') {
        this.countHit(ctx, key, Date.now(), 'store');
      } else {
        this.count(ctx, 'shared');
        this.count(ctx, 'saved', this.options.cost);
        ctx.accounting.hit(key, Date.now());
        events.emit('shared', { id: this.options.id, key });
      }
      ctx.front?.set(key, bytes, stored.expires ?? Number.POSITIVE_INFINITY);
      return { value, bytes };
    } catch (error) {
      if (!(error instanceof CorruptEntryError)) throw error;
      if (mode === 'wait') return undefined;
      const err = new CorruptEntryError(`${this.options.id}: entry ${key} is unreadable and was treated as a miss: ${error.message}`, { cause: error });
      events.emit('corrupt-entry', { id: this.options.id, key, error: err });
      events.report(err);
      warnOnce('KEYPROOF_CORRUPT_ENTRY', this.options.id, `keyproof: ${err.message}`);
      return undefined;
    }
  }

  /** Call upstream and store what it returned. */
  private async fill(ctx: StoreContext, key: string, self: unknown, args: unknown[]): Promise<Outcome> {
    this.count(ctx, 'upstreamCalls');
    let value: unknown;
    try {
      value = await this.upstream.apply(self, args);
    } catch (error) {
      this.count(ctx, 'errors');
      throw error; // errors are never cached
    }
    const bytes = this.encodeForStore(ctx, key, value);
    if (bytes) await this.store(ctx, key, bytes);
    return { value, bytes };
  }

  /** The encoded value, or undefined (reported) when it must not be stored. */
  private encodeForStore(ctx: StoreContext, key: string, value: unknown): Buffer | undefined {
    const { bytes, problem } = admitValue(value, config().maxValueBytes);
    if (!problem) return bytes;
    this.count(ctx, 'unstorable');
    const message =
      `${this.options.id} (${this.plan.source}): the result was returned but not cached: ${problem.reason}. ` +
      `${problem.why} Fix: ${problem.fix}.`;
    events.emit('unstorable', { id: this.options.id, key, reason: problem.reason });
    const error = new UnstorableValueError(message);
    events.report(error);
    if (this.options.strict ?? config().strict) throw error;
    warnOnce('KEYPROOF_UNSTORABLE_VALUE', this.options.id, `keyproof: ${message}`);
    return undefined;
  }

  private async store(ctx: StoreContext, key: string, bytes: Buffer): Promise<void> {
    const now = Date.now();
    const ttl = this.options.ttlMs;
    const expiresAt = ttl === undefined ? null : now + ttl;
    ctx.front?.set(key, bytes, expiresAt ?? Number.POSITIVE_INFINITY);
    await Promise.all([
      ctx.store.set(key, toStoredText(bytes), ttl),
      ctx.accounting.stored(
        key,
        { id: this.options.id, version: this.options.version, createdAt: now, size: bytes.length, hits: 0, lastHitAt: null, expiresAt },
        ttl,
      ),
    ]);
  }

  /** Counting has one owner: the store's accounting (process counters and store deltas). */
  private count(ctx: StoreContext, counter: keyof MethodCounters, n = 1): void {
    ctx.accounting.add(this.info, counter, n);
  }
}
