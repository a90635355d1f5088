import type Keyv from 'keyv';
import { config } from '../config.js';
import { events } from '../events.js';
import type { GuardedStore } from './guarded-store.js';
import { MemoryStore } from './memory-store.js';
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
  const kind = keyv.store instanceof MemoryStore ? 'memory' : (keyv.store as { opts?: { dialect?: string } } | undefined)?.opts?.dialect === 'sqlite' ? 'sqlite' : undefined;
  if (!kind) return undefined;
  return { maxEntries: set.maxEntries ?? DEFAULT_BOUNDS[kind].maxEntries, maxBytes: set.maxBytes ?? DEFAULT_BOUNDS[kind].maxBytes };
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
        const bound = boundFor(keyv);
        if (bound) this.checkEvery = Math.max(100, Math.floor(bound.maxEntries / 20));
        report = await pruneStore(keyv, bound);
      },
      PRUNE_TIMEOUT_MS,
    );
    if (report && report.expired + report.evicted > 0) events.emit('store-pruned', { store: this.store.label, ...report });
    return report;
  }

  close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
