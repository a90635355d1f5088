import type { MethodInfo } from './accounting.js';
import { toStoredText } from './codec.js';
import { events } from './events.js';
import { sealEntry } from './key-secret.js';
import type { ResolvedMethodOptions } from './options.js';
import type { MethodCounters } from './records.js';
import { wrapEntry } from './store/entry-envelope.js';
import { failsClosed, writeRefused } from './store/fail-closed.js';
import type { Generations } from './store/read-entry.js';
import type { StoredEntry } from './store/read-entry.js';
import type { StoreContext } from './store/store-context.js';
import { namespaced } from './store/store-keys.js';
import { recordTtl } from './watch/miss-reason.js';

/** A call's two keys (derive-key.ts): its front key (the front cache; none without one) and its entry key (everything else). */
export interface CallKey {
  readonly front: string | undefined;
  readonly entry: string;
}

/** What one call produced, shared by every caller that joined it. */
export interface Outcome {
  readonly value: unknown;
  /** The encoded value when it could be encoded: joiners decode their own copy from it. */
  readonly bytes: Buffer | undefined;
}

/**
 * What a memoised method's calls leave behind: counters (through the store's accounting, their
 * one owner), `hit`/`shared` events, the front cache, and the entries they write. The call flow
 * itself is memoized-call.ts.
 */
export class CallBook {
  constructor(
    private readonly info: MethodInfo,
    private readonly options: ResolvedMethodOptions,
  ) {}

  count(ctx: StoreContext, counter: keyof MethodCounters, n = 1): void {
    ctx.accounting.add(this.info, counter, n);
  }

  /** A hit: the entry served from this process's memory or from the store. */
  served(ctx: StoreContext, key: string, now: number, source: 'memory' | 'store'): void {
    this.count(ctx, 'hits');
    if (this.options.cost !== 0) this.count(ctx, 'saved', this.options.cost); // adding 0 counts nothing
    ctx.accounting.hit(key, now);
    if (events.listenerCount('hit') > 0) events.emit('hit', { id: this.options.id, key: namespaced(key), source });
  }

  /** This call shared another's upstream call: one in flight here (`entry` false) or another process's. */
  shared(ctx: StoreContext, key: string, entry: boolean): void {
    this.count(ctx, 'shared');
    if (this.options.cost !== 0) this.count(ctx, 'saved', this.options.cost);
    if (entry) ctx.accounting.hit(key, Date.now());
    events.emit('shared', { id: this.options.id, key: namespaced(key) });
  }

  /** An entry read from the store goes into the front cache, under the call's front key (derive-key.ts). */
  remember(ctx: StoreContext, keys: CallKey, entry: StoredEntry): Outcome {
    if (keys.front !== undefined)
      ctx.front?.set(keys.front, keys.entry, entry.bytes, entry.expires ?? Number.POSITIVE_INFINITY);
    return { value: entry.value, bytes: entry.bytes };
  }

  /**
   * Store an admitted value (and its entry record, behind the call, with the miss's field
   * digests when it was sketched); fail-closed methods throw when the store refuses it.
   */
  async write(
    ctx: StoreContext,
    keys: CallKey,
    bytes: Buffer,
    generations?: Generations,
    fields?: Record<string, string>,
  ): Promise<void> {
    const key = keys.entry;
    const now = Date.now();
    const ttl = this.options.ttlMs;
    const expiresAt = ttl === undefined ? null : now + ttl;
    // staleIfError: the row outlives the entry by the bound, and carries the entry's own expiry
    const stale = this.options.staleIfErrorMs;
    const rowTtl = ttl === undefined || stale === undefined ? ttl : ttl + stale;
    const withExpiry = stale !== undefined && expiresAt !== null;
    const text = wrapEntry(
      toStoredText(sealEntry(key, bytes)),
      generations || withExpiry
        ? { ...(generations ? { g: generations } : {}), ...(withExpiry ? { x: expiresAt } : {}) }
        : undefined,
    );
    if (keys.front !== undefined) ctx.front?.set(keys.front, key, bytes, expiresAt ?? Number.POSITIVE_INFINITY);
    const record = {
      id: this.options.id,
      version: this.options.version,
      createdAt: now,
      size: bytes.length,
      hits: 0,
      lastHitAt: null,
      expiresAt,
      ...(fields ? { fields } : {}),
    };
    const [written] = await Promise.all([
      ctx.store.set(key, text, rowTtl),
      ctx.accounting.stored(key, record, recordTtl(rowTtl)),
    ]);
    if (!written && failsClosed(this.options)) throw writeRefused(this.options.id, ctx.store);
  }
}
