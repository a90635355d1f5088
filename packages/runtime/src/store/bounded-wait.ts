import type Keyv from 'keyv';
import { referencing } from './adapter-client.js';

class StoreTimeoutError extends Error {
  constructor(label: string, op: string, ms: number) {
    super(`store ${label} did not answer ${op} within ${ms} ms`);
    this.name = 'StoreTimeoutError';
  }
}

interface PendingOp {
  deadline: number;
  readonly reject: (error: Error) => void;
  readonly op: string;
  readonly ms: number;
}

/**
 * Bounded waits on one store. One watchdog interval checks the deadlines of all pending
 * operations, so an operation that answers in time costs no timer of its own (the hit path
 * does one store read). The bound is on waiting for the store: it starts once the synchronous
 * part of an operation (Keyv serialising an allowed value) is done, and time the event loop
 * was blocked (decoding a large value, a busy caller) pushes deadlines on, since answers that
 * arrived meanwhile are only waiting to be read. While anything is pending, the store's
 * connection is referenced; otherwise it is not.
 */
export class BoundedWaits {
  private readonly pending = new Set<PendingOp>();
  private watchdog: NodeJS.Timeout | undefined;
  private lastTick = 0;
  /** A connection keyproof opened itself: referenced only while operations are pending. */
  private connection: { ref(): void; unref(): void } | undefined;

  constructor(
    private readonly label: string,
    private readonly tickBasisMs: number,
  ) {}

  /** The store is open: from now on its connection is referenced only while waiting on it. */
  hold(keyv: Keyv): void {
    this.connection = referencing(keyv);
    if (this.pending.size === 0) this.connection?.unref();
  }

  /** What `start()` returns, or a StoreTimeoutError once the store made us wait `ms`. */
  run<R>(op: string, ms: number, start: () => Promise<R>): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const pending: PendingOp = { deadline: Number.POSITIVE_INFINITY, reject, op, ms };
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
      pending.deadline = Date.now() + ms;
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
    const tick = Math.max(5, Math.min(50, Math.floor(this.tickBasisMs / 5)));
    this.lastTick = Date.now();
    this.watchdog = setInterval(() => {
      const now = Date.now();
      const lag = now - this.lastTick - tick;
      this.lastTick = now;
      if (lag > tick) for (const p of this.pending) p.deadline += lag;
      for (const p of this.pending) {
        if (p.deadline > now) continue;
        this.pending.delete(p);
        p.reject(new StoreTimeoutError(this.label, p.op, p.ms));
      }
      if (this.pending.size === 0) {
        this.connection?.unref();
        clearInterval(this.watchdog);
        this.watchdog = undefined;
      }
    }, tick);
    this.watchdog.unref();
  }
}
