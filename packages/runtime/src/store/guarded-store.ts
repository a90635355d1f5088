import type Keyv from 'keyv';
import { StoreConfigError } from '../errors.js';
import { events } from '../events.js';
import { redact } from './adapters.js';

export interface GuardOptions {
  /** Longest wait for one store operation before the call goes on without the store. */
  readonly timeoutMs: number;
  /** After a failure, skip the store for this long before trying it again. */
  readonly retryAfterMs: number;
}

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
export class GuardedStore {
  private downUntil = 0;
  private failed = false;

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

  getMany<T>(keys: string[]): Promise<Array<T | undefined>> {
    return this.run('getMany', [], (k) => k.getMany<T>(keys));
  }

  /** True when the store confirmed the write. */
  set(key: string, value: unknown, ttlMs?: number): Promise<boolean> {
    return this.run('set', false, async (k) => (await k.set(key, value, ttlMs)) !== false);
  }

  delete(key: string): Promise<boolean> {
    return this.run('delete', false, (k) => k.delete(key));
  }

  private async run<R>(op: string, fallback: R, fn: (keyv: Keyv) => Promise<R>): Promise<R> {
    if (this.failed && Date.now() < this.downUntil) return fallback;
    let timer: NodeJS.Timeout | undefined;
    try {
      const result = await Promise.race([
        this.opening.then(fn),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new StoreTimeoutError(redact(this.label), op, this.options.timeoutMs)), this.options.timeoutMs);
          timer.unref();
        }),
      ]);
      if (this.failed) {
        this.failed = false;
        events.emit('store-recovered', { store: redact(this.label) });
      }
      return result;
    } catch (error) {
      // a misconfiguration (unknown scheme, adapter not installed) is the user's to fix: say it
      if (error instanceof StoreConfigError) throw error;
      const err = error instanceof Error ? error : new Error(String(error));
      this.failed = true;
      this.downUntil = Date.now() + this.options.retryAfterMs;
      events.emit('store-bypass', { store: redact(this.label), op, error: err });
      events.report(err);
      return fallback;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    try {
      const keyv = await this.opening;
      await keyv.disconnect();
    } catch {
      // nothing to close
    }
  }
}
