import type Keyv from 'keyv';
import { StoreConfigError } from '../errors.js';
import { events, warnOnce } from '../events.js';
import { redact } from './adapters.js';
import { leaseBackend, type LeaseBackend } from './lease.js';
import { isKeyTooLong, keyTooLongError } from './postgres-adapter.js';

export interface GuardOptions {
  /** Longest wait for one store operation before the call goes on without the store. */
  readonly timeoutMs: number;
  /** After a failure, skip the store for this long before trying it again. */
  readonly retryAfterMs: number;
}

/** Longest wait for the adapter package to load and the adapter to be built (first use only). */
const OPEN_TIMEOUT_MS = 5000;

class StoreTimeoutError extends Error {
  constructor(label: string, op: string, ms: number) {
    super(`store ${label} did not answer ${op} within ${ms} ms`);
    this.name = 'StoreTimeoutError';
  }
}

/**
 * A store that never breaks a call: every operation has a bounded wait, a failure or a
 * stall is reported (`store-bypass`) and answered as "no entry" / "not stored", and after a
 * failure the store is skipped for `retryAfterMs` so an outage does not cost a timeout per
 * call. The first operation that succeeds after an outage reports `store-recovered`.
 */
interface RefCounted {
  ref(): void;
  unref(): void;
}

/**
 * The client socket of a networked adapter (Redis) that can be (un)referenced: keyproof opens
 * it implicitly (KEYPROOF_STORE), so it must not keep a finished process alive, yet must keep it
 * alive while a command is awaited. Stores without such a client (SQLite, PostgreSQL's pool,
 * which lets an idle process exit) need nothing.
 */
function refCounted(keyv: Keyv): RefCounted | undefined {
  const client = (keyv.store as { client?: Partial<RefCounted> } | undefined)?.client;
  if (typeof client?.ref !== 'function' || typeof client.unref !== 'function') return undefined;
  return { ref: () => client.ref!(), unref: () => client.unref!() };
}

interface PendingOp {
  readonly deadline: number;
  readonly reject: (error: Error) => void;
  readonly op: string;
  readonly ms: number;
}

export class GuardedStore {
  private readonly pending = new Set<PendingOp>();
  private watchdog: NodeJS.Timeout | undefined;
  /** A connection keyproof opened itself: referenced only while operations are pending. */
  private connection: RefCounted | undefined;
  private downUntil = 0;
  private failed = false;
  private opened: Keyv | undefined;
  private leaseFor: Keyv | undefined;
  private lease: LeaseBackend | undefined;

  constructor(
    private readonly opening: Promise<Keyv>,
    readonly label: string,
    private readonly options: GuardOptions,
  ) {
    // an adapter that fails to open is reported on first use, never as an unhandled rejection
    opening.catch(() => {});
  }

  /** The underlying Keyv, for tools (CLI, tests); throws if the store cannot be opened. */
  keyv(): Promise<Keyv> {
    return this.opening;
  }

  get<T>(key: string): Promise<T | undefined> {
    return this.run('get', undefined, (k) => k.get<T>(key));
  }

  /** The stored value with its expiry (ms since the epoch), or undefined. */
  getRaw(key: string): Promise<{ value: unknown; expires?: number | null } | undefined> {
    return this.run('get', undefined, async (k) => {
      const raw = await k.getRaw(key);
      return raw ? { value: raw.value, expires: raw.expires ?? null } : undefined;
    });
  }

  /** True when the store confirmed the write. */
  set(key: string, value: unknown, ttlMs?: number): Promise<boolean> {
    return this.run('set', false, async (k) => (await k.set(key, value, ttlMs)) !== false);
  }

  delete(key: string): Promise<boolean> {
    return this.run('delete', false, (k) => k.delete(key));
  }

  /**
   * Try to take the fill lease on a key (see lease.ts): 'taken', 'held' by another process,
   * or 'none' when the store has no atomic set-if-absent or did not answer (then the caller
   * goes on alone, as without a lease).
   */
  acquireLease(key: string, owner: string, ttlMs: number): Promise<'taken' | 'held' | 'none'> {
    return this.run('lease', 'none' as const, async (k) => {
      const backend = this.leases(k);
      if (!backend) return 'none';
      return (await backend.acquire(key, owner, ttlMs)) ? 'taken' : 'held';
    });
  }

  releaseLease(key: string, owner: string): Promise<void> {
    return this.run('lease', undefined, async (k) => this.leases(k)?.release(key, owner));
  }

  private leases(keyv: Keyv): LeaseBackend | undefined {
    if (this.leaseFor !== keyv) {
      this.leaseFor = keyv;
      this.lease = leaseBackend(keyv);
    }
    return this.lease;
  }

  private async run<R>(op: string, fallback: R, fn: (keyv: Keyv) => Promise<R>): Promise<R> {
    if (this.failed && Date.now() < this.downUntil) return fallback;
    try {
      // loading the adapter package is not the store's answer time: it has a bound of its own
      const keyv = this.opened ?? (await this.bounded(`${op} (opening)`, Math.max(this.options.timeoutMs, OPEN_TIMEOUT_MS), () => this.opening));
      if (this.opened === undefined) {
        this.opened = keyv;
        this.connection = refCounted(keyv);
        if (this.pending.size === 0) this.connection?.unref();
      }
      const result = await this.bounded(op, this.options.timeoutMs, () => fn(keyv));
      if (this.failed) {
        this.failed = false;
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
      this.failed = true;
      this.downUntil = Date.now() + this.options.retryAfterMs;
      events.emit('store-bypass', { store: redact(this.label), op, error: err });
      events.report(err);
      return fallback;
    }
  }

  /**
   * What `start()` returns, or a StoreTimeoutError once `ms` have passed. One watchdog interval per store
   * checks the deadlines of all pending operations, so an operation that answers in time
   * costs no timer of its own (the hit path does one store read).
   */
  private bounded<R>(op: string, ms: number, start: () => Promise<R>): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const pending: PendingOp = { deadline: Date.now() + ms, reject, op, ms };
      if (this.pending.size === 0) this.connection?.ref();
      this.pending.add(pending);
      if (this.watchdog === undefined) this.startWatchdog();
      // referenced before the work starts: a socket the command creates is created referenced
      let work: Promise<R>;
      try {
        work = start();
      } catch (error) {
        work = Promise.reject(error);
      }
      const done = () => {
        this.pending.delete(pending);
        if (this.pending.size === 0) this.connection?.unref();
      };
      work.then(
        (value) => {
          done();
          resolve(value);
        },
        (error: unknown) => {
          done();
          reject(error);
        },
      );
    });
  }

  private startWatchdog(): void {
    const tick = Math.max(5, Math.min(50, Math.floor(this.options.timeoutMs / 5)));
    this.watchdog = setInterval(() => {
      const now = Date.now();
      for (const p of this.pending) {
        if (p.deadline > now) continue;
        this.pending.delete(p);
        p.reject(new StoreTimeoutError(redact(this.label), p.op, p.ms));
      }
      if (this.pending.size === 0) {
        this.connection?.unref();
        clearInterval(this.watchdog);
        this.watchdog = undefined;
      }
    }, tick);
    this.watchdog.unref();
  }

  /**
   * Disconnect, within a bounded wait: a stalled server never answers a polite QUIT, so
   * past the wait the connection is dropped (`disconnect(true)` where the adapter has it).
   */
  async close(): Promise<void> {
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
      const polite = keyv.disconnect().then(() => 'closed' as const, () => 'closed' as const);
      if ((await Promise.race([polite, bounded])) === 'timeout') {
        const store = keyv.store as { disconnect?: (force?: boolean) => Promise<void> } | undefined;
        await Promise.race([Promise.resolve(store?.disconnect?.(true)).catch(() => {}), bounded]);
      }
    } finally {
      clearTimeout(timer);
    }
  }
}
