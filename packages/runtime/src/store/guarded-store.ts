import type Keyv from 'keyv';
import { StoreConfigError, StoreUnavailableError } from '../errors.js';
import { events, warnOnce } from '../events.js';
import { warnUnavailable, type Health } from './warn-unavailable.js';
import { printable, redact } from '../printable.js';
import { destroyConnection } from './adapter-client.js';
import { BoundedWaits } from './bounded-wait.js';
import { renewAfterFailure } from './redis-native-store.js';
import { leaseBackend, type LeaseBackend } from './lease.js';
import { isKeyTooLong, keyTooLongError } from './postgres-adapter.js';
import { EXPIRED, MemoryStore } from './memory-store.js';

export interface GuardOptions {
  /** Longest wait for one store operation before the call goes on without the store. */
  readonly timeoutMs: number;
  /** After a failure, skip the store for this long before trying it again. */
  readonly retryAfterMs: number;
  /**
   * keyproof opened this store (from a URL): its connection must not keep a finished process
   * alive, and `close()` disconnects it. false for a Keyv the application passed in: its
   * socket is the application's (a queue worker may be waiting on it), never unreferenced or closed here.
   */
  readonly owned?: boolean;
}

/** A row that can only be read asynchronously (rowNow). */
export const LATER: unique symbol = Symbol('later');

/** Longest wait for the adapter package to load and the adapter to be built (first use only). */
const OPEN_TIMEOUT_MS = 5000;

/** Counting is off the call path: it may wait longer than a call would (but `close()` waits for it). */
const countTimeoutMs = (callMs: number) => Math.max(callMs * 4, 2_000);

/** A key nothing writes: reading it asks the store to answer, nothing more. */
const PROBE_KEY = '~probe';

/**
 * A store that never breaks a call: every operation has a bounded wait (bounded-wait.ts), a
 * failure or a stall is reported (`store-bypass`) and answered as "no entry" / "not stored",
 * and after a failure that kind of operation is skipped for `retryAfterMs` so an outage does
 * not cost a timeout per call. The first operation that succeeds after an outage reports
 * `store-recovered`.
 */
export class GuardedStore {
  private readonly waits: BoundedWaits;
  private readonly health: Record<Health, { failed: boolean; downUntil: number }> = {
    read: { failed: false, downUntil: 0 },
    write: { failed: false, downUntil: 0 },
    count: { failed: false, downUntil: 0 },
  };
  private opened: Keyv | undefined;
  private leaseFor: Keyv | undefined;
  private lease: LeaseBackend | undefined;
  private readonly releasing = new Set<Promise<void>>();
  /**
   * memory:// as keyproof opened it: a Map in this process, which cannot stall or fail, so its
   * reads of live rows, writes and deletes skip Keyv's async layers and the bounded wait.
   */
  private local: { readonly keyv: Keyv; readonly rows: MemoryStore } | undefined;

  /** How long one store request may take before the call goes on without it. */
  get timeoutMs(): number {
    return this.options.timeoutMs;
  }

  constructor(
    private readonly opening: Promise<Keyv>,
    readonly label: string,
    private readonly options: GuardOptions,
  ) {
    // an adapter that fails to open is reported on first use, never as an unhandled rejection
    opening.catch(() => {});
    this.waits = new BoundedWaits(redact(label), options.timeoutMs);
  }

  /** The underlying Keyv, for tools (CLI, tests); throws if the store cannot be opened. */
  keyv(): Promise<Keyv> {
    return this.opening;
  }

  get<T>(key: string): Promise<T | undefined> {
    const row = this.rowNow(key);
    if (row !== LATER) return Promise.resolve(row?.value as T | undefined);
    return this.run('get', 'read', undefined, (k) => k.get<T>(key));
  }

  /** The stored value with its expiry (ms since the epoch), or undefined (also when the store did not answer). */
  getRaw(key: string): Promise<{ value: unknown; expires?: number | null } | undefined> {
    return this.getRawOr(key, undefined);
  }

  /** As getRaw, but `bypassed` when the read failed, timed out or was skipped (fail-closed calls). */
  getRawOr<B>(key: string, bypassed: B): Promise<{ value: unknown; expires?: number | null } | undefined | B> {
    const row = this.rowNow(key);
    if (row !== LATER) return Promise.resolve(row);
    return this.run(
      'get',
      'read',
      bypassed as { value: unknown; expires?: number | null } | undefined | B,
      async (k) => {
        const raw = await k.getRaw(key);
        return raw ? { value: raw.value, expires: raw.expires ?? null } : undefined;
      },
    );
  }

  /**
   * The row under `key` as getRaw finds it, read at once from a store in this process
   * (memory://); LATER for any other store, and for a row past its expiry (getRaw drops it).
   */
  rowNow(key: string): { value: unknown; expires?: number | null } | undefined | typeof LATER {
    if (this.local === undefined) return LATER;
    // the row key exactly as Keyv makes it (its namespace, unless the key already has it)
    const row = this.local.rows.liveRow(this.local.keyv._getKeyPrefix(key), Date.now());
    return row === EXPIRED ? LATER : row;
  }

  /**
   * Several rows in one round trip (Keyv's getManyRaw: MGET, one SQL query), each with its
   * expiry; undefined when the store did not answer.
   */
  getManyRaw(
    keys: readonly string[],
  ): Promise<Array<{ value: unknown; expires?: number | null } | undefined> | undefined> {
    return this.run('get', 'read', undefined, async (k) => {
      const rows = await k.getManyRaw([...keys]);
      return rows.map((raw) => (raw ? { value: raw.value, expires: raw.expires ?? null } : undefined));
    });
  }

  /** True when the store confirmed the write. */
  set(key: string, value: unknown, ttlMs?: number): Promise<boolean> {
    if (this.local !== undefined) {
      // as Keyv writes it: a TTL of 0 is none
      this.local.rows.set(this.local.keyv._getKeyPrefix(key), {
        value,
        expires: ttlMs ? Date.now() + ttlMs : undefined,
      });
      return Promise.resolve(true);
    }
    return this.run('set', 'write', false, async (k) => (await k.set(key, value, ttlMs)) !== false);
  }

  delete(key: string): Promise<boolean> {
    // in process like `set`, so a delete and a later write land in the order they were made
    if (this.local !== undefined) return Promise.resolve(this.local.rows.delete(this.local.keyv._getKeyPrefix(key)));
    return this.run('delete', 'write', false, (k) => k.delete(key));
  }

  /**
   * Bookkeeping (counters, entry records), off the call path: bounded, reported, and with a
   * health of its own, so it can neither stall nor disable reads. Resolves to false when it
   * did not land (skipped, failed or timed out).
   */
  count(op: string, fn: (keyv: Keyv) => Promise<void>, ms?: number): Promise<boolean> {
    return this.run(
      op,
      'count',
      false,
      async (k) => {
        await fn(k);
        return true;
      },
      ms,
    );
  }

  /**
   * A tool's question (stats, listing): always asked, bounded by `ms`, and a store that does
   * not answer is an error, never an empty answer.
   */
  async inspect<R>(what: string, bound: { probeMs: number; ms: number }, fn: (keyv: Keyv) => Promise<R>): Promise<R> {
    try {
      const keyv =
        this.opened ??
        (await this.waits.run(`${what} (opening)`, Math.max(bound.probeMs, OPEN_TIMEOUT_MS), () => this.opening));
      this.adopt(keyv);
      // one cheap read first: a store that does not answer at all is known within the call bound
      await this.waits.run(`${what} (probe)`, bound.probeMs, () => keyv.get(PROBE_KEY));
      return await this.waits.run(what, bound.ms, () => fn(keyv));
    } catch (error) {
      if (error instanceof StoreConfigError) throw error;
      const cause = error instanceof Error ? error : new Error(String(error));
      throw new StoreUnavailableError(
        `the store ${redact(this.label)} could not answer ${what}: ${printable(cause.message)}`,
        { cause },
      );
    }
  }

  /**
   * Try to take the fill lease on a key (see lease.ts): 'taken', 'held' by another process,
   * or 'none' when the store has no atomic set-if-absent or did not answer (then the caller
   * goes on alone, as without a lease). With `ifMissing`, 'held' also when the entry is there
   * by now (another process filled it since the caller's read): read it again to know which.
   */
  acquireLease(key: string, owner: string, ttlMs: number, ifMissing = false): Promise<'taken' | 'held' | 'none'> {
    if (this.inProcess) return Promise.resolve('none');
    return this.run('lease', 'write', 'none' as const, async (k) => {
      const backend = this.leases(k);
      if (!backend) return 'none';
      return (await backend.acquire(key, owner, ttlMs, ifMissing)) ? 'taken' : 'held';
    });
  }

  /**
   * Drop this owner's lease. Callers need not wait for it (the entry is written before, and a
   * waiter polls the entry, not the lease); `close()` does.
   */
  releaseLease(key: string, owner: string): Promise<void> {
    const release = this.run('lease', 'write', undefined, async (k) => this.leases(k)?.release(key, owner));
    this.releasing.add(release);
    void release.finally(() => this.releasing.delete(release));
    return release;
  }

  private leases(keyv: Keyv): LeaseBackend | undefined {
    if (this.leaseFor !== keyv) {
      this.leaseFor = keyv;
      this.lease = leaseBackend(keyv);
    }
    return this.lease;
  }

  /**
   * The store lives in this process (memory://): no other process shares it, so there is no
   * fill lease to take (identical calls in this process join one another in flight).
   */
  get inProcess(): boolean {
    return this.local !== undefined;
  }

  private adopt(keyv: Keyv): void {
    if (this.opened !== undefined) return;
    this.opened = keyv;
    // Keyv's own read of a live row adds nothing to it: keyproof's memory Keyv has no hooks,
    // no serialiser and no compression (adapters.ts); an expired row is read through Keyv, which drops it
    if (this.options.owned !== false && keyv.store instanceof MemoryStore) this.local = { keyv, rows: keyv.store };
    if (this.options.owned !== false) this.waits.hold(keyv);
  }

  /** Skipped for now: this kind failed within `retryAfterMs` (bookkeeping also waits while calls cannot use the store). */
  private isDown(kind: Health): boolean {
    const now = Date.now();
    const down = (k: Health) => this.health[k].failed && now < this.health[k].downUntil;
    return kind === 'count' ? down('count') || down('read') : down(kind);
  }

  private async run<R>(
    op: string,
    kind: Health,
    fallback: R,
    fn: (keyv: Keyv) => Promise<R>,
    bound?: number,
  ): Promise<R> {
    const health = this.health[kind];
    if (this.isDown(kind)) return fallback;
    try {
      // loading the adapter package is not the store's answer time: it has a bound of its own
      const keyv =
        this.opened ??
        (await this.waits.run(
          `${op} (opening)`,
          Math.max(this.options.timeoutMs, OPEN_TIMEOUT_MS),
          () => this.opening,
        ));
      this.adopt(keyv);
      const ms = bound ?? (kind === 'count' ? countTimeoutMs(this.options.timeoutMs) : this.options.timeoutMs);
      const result = await this.waits.run(op, ms, () => fn(keyv));
      if (health.failed) {
        health.failed = false;
        // one recovery per outage: when the last failing kind of operation answers again
        if (!Object.values(this.health).some((h) => h.failed))
          events.emit('store-recovered', { store: redact(this.label) });
      }
      return result;
    } catch (error) {
      // a misconfiguration (unknown scheme, adapter not installed) is the user's to fix: say it
      if (error instanceof StoreConfigError) throw error;
      const err = error instanceof Error ? error : new Error(String(error));
      if (isKeyTooLong(err)) {
        // one key the store's key column cannot hold: that key is not cached, the store stays in use
        const fix = keyTooLongError(redact(this.label), op, err);
        events.emit('store-bypass', { store: redact(this.label), op, error: fix });
        events.report(fix);
        warnOnce('KEYPROOF_KEY_TOO_LONG', this.label, `keyproof: ${fix.message}`);
        return fallback;
      }
      // a store that cannot read cannot write either (it is down or stalled): one timeout per
      // outage, not one per kind; a refused write (read-only, full) leaves reads alone
      for (const k of kind === 'read' ? (['read', 'write'] as const) : [kind]) {
        this.health[k].failed = true;
        this.health[k].downUntil = Date.now() + this.options.retryAfterMs;
      }
      // a connection that stays broken once its server is back is renewed (a Redis Cluster's);
      // a Keyv the application passed in keeps its own client
      if (this.options.owned !== false) renewAfterFailure(this.opened?.store);
      events.emit('store-bypass', { store: redact(this.label), op, error: err });
      events.report(err);
      warnUnavailable(redact(this.label), kind, err);
      return fallback;
    }
  }

  /** Wait for the leases let go behind their calls (each bounded, never rejects). */
  async released(): Promise<void> {
    await Promise.all(this.releasing);
  }

  /**
   * Disconnect a store keyproof opened, within a bounded wait: a stalled server never answers a
   * polite QUIT, so past the wait the socket is destroyed (the client's own `destroy()`: the
   * adapter's forced disconnect skips a client already marked closing). A Keyv the application
   * passed in is left open: it is theirs to close.
   */
  async close(): Promise<void> {
    await this.released();
    if (this.options.owned === false) return;
    let keyv: Keyv;
    try {
      keyv = await this.opening;
    } catch {
      return; // never opened: nothing to close
    }
    let timer: NodeJS.Timeout | undefined;
    const bounded = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), Math.max(this.options.timeoutMs, 200));
      timer.unref();
    });
    try {
      const polite = keyv.disconnect().then(
        () => 'closed' as const,
        () => 'closed' as const,
      );
      if ((await Promise.race([polite, bounded])) === 'timeout') destroyConnection(keyv);
    } finally {
      clearTimeout(timer);
    }
  }
}
