import type Keyv from 'keyv';
import { config } from '../config.js';
import { statSync } from 'node:fs';
import { StoreConfigError } from '../errors.js';
import { events, warnOnce } from '../events.js';
import type { GuardedStore } from './guarded-store.js';
import { backendOf } from './backend.js';
import { pruneStore, type PruneReport, type StoreBound } from './prune.js';

/** A prune may list a large store: it gets longer than a call's wait (it is off the call path). */
const PRUNE_TIMEOUT_MS = 60_000;

const MiB = 1024 * 1024;
const DEFAULT_BOUNDS: Record<'memory' | 'sqlite', StoreBound> = {
  memory: { maxEntries: 100_000, maxBytes: 256 * MiB },
  sqlite: { maxEntries: 1_000_000, maxBytes: 1024 * MiB },
};

/** The bound of a local store (memory://, SQLite; `configure({ storeBound })` over the defaults), none for shared ones. */
export function boundFor(keyv: Keyv): StoreBound | undefined {
  const set = config().storeBound;
  if (set === false) return undefined;
  const { kind } = backendOf(keyv);
  if (kind !== 'memory' && kind !== 'sqlite') return undefined;
  return {
    maxEntries: set.maxEntries ?? DEFAULT_BOUNDS[kind].maxEntries,
    maxBytes: set.maxBytes ?? DEFAULT_BOUNDS[kind].maxBytes,
  };
}

/**
 * One store's housekeeping: every `intervalMs` (an unreferenced timer: it never keeps a process
 * alive), and after every few hundred entries written, expired rows are reclaimed and a local
 * store is held to its bound (prune.ts). Runs through the guard's bookkeeping lane, so a slow
 * or failing store is reported and never stalls a call. One run at a time.
 */
export class Housekeeping {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<PruneReport | undefined> | undefined;
  private written = 0;
  /** Entries written between bound checks: a twentieth of the bound, at least 100 (known once the store is open). */
  private checkEvery = 100;
  /** Known once the store is open: a shared store (Redis, PostgreSQL) or `storeBound: false`. */
  private unbounded = false;
  /** Closed: no more runs (the store is about to close under them). */
  private closed = false;

  constructor(
    private readonly store: GuardedStore,
    intervalMs: number,
  ) {
    if (intervalMs > 0) {
      this.timer = setInterval(() => void this.run(), intervalMs);
      this.timer.unref();
    }
  }

  /** `n` new entries were written: past the threshold, the bound is checked now rather than at the next tick. */
  wrote(n: number): void {
    if (this.unbounded || this.closed) return; // nothing to hold: the timer's sweeps are enough
    this.written += n;
    if (this.written < this.checkEvery) return;
    this.written = 0;
    void this.run();
  }

  /** Reclaim and bound now; undefined when the store did not answer (reported by the guard). */
  run(): Promise<PruneReport | undefined> {
    this.running ??= this.once().finally(() => (this.running = undefined));
    return this.running;
  }

  private async once(): Promise<PruneReport | undefined> {
    let report: PruneReport | undefined;
    await this.store.count(
      'prune',
      async (keyv) => {
        this.checkFile(keyv);
        if ((keyv.store as { opts?: { readOnly?: boolean } } | undefined)?.opts?.readOnly) return; // nothing to remove on a read-only file
        const bound = boundFor(keyv);
        this.unbounded = bound === undefined;
        if (bound) this.checkEvery = Math.max(100, Math.floor(bound.maxEntries / 20));
        report = await pruneStore(keyv, bound, Date.now(), { measure: false });
      },
      PRUNE_TIMEOUT_MS,
    );
    if (report && report.expired + report.evicted > 0)
      events.emit('store-pruned', { store: this.store.label, ...report });
    return report;
  }

  /** The SQLite file's identity when first seen: deleted or replaced under the process, it is said once. */
  private file: { path: string; ino: number } | undefined;

  /**
   * An SQLite file deleted (or replaced) under a running process goes on being served from the
   * open, unlinked file, and everything written from then on is lost at exit. That cannot be
   * repaired from here (other handles hold the old file); it is said, once, with the fix.
   */
  private checkFile(keyv: Keyv): void {
    const backend = backendOf(keyv);
    const db = backend.kind === 'sqlite' ? backend.store.opts.db : undefined;
    if (typeof db !== 'string') return;
    const now = fileIdentity(db);
    if (!this.file) {
      // the adapter created the file when it opened: missing at the first look, it was deleted since
      this.file = { path: db, ino: now ?? -1 };
      if (now !== undefined) return;
    }
    if (now === this.file.ino) return;
    const error = new StoreConfigError(
      `the SQLite file ${this.file.path} was ${now === undefined ? 'deleted' : 'replaced'} while this process had it open. ` +
        `This process goes on reading and writing the old, unlinked file: what it stores from now on is lost when it exits, and ` +
        `other processes do not see it. Fix: restart the process (keyproof.close() then the next call reopens the path), and do not delete a store file under running processes (use keyproof clear).`,
    );
    this.file = { path: this.file.path, ino: now ?? -2 }; // said once per change
    events.report(error);
    warnOnce('KEYPROOF_STORE_FILE_GONE', this.file.path, `keyproof: ${error.message}`);
  }

  /**
   * No more runs; resolves once the run under way (a flush's records may have just started one)
   * is done, so the store is never closed under it (PostgreSQL: "Cannot use a pool after calling
   * end on the pool", reported as a bypass).
   */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}

function fileIdentity(path: string): number | undefined {
  try {
    return statSync(path).ino;
  } catch {
    return undefined;
  }
}
