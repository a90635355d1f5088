import { EventEmitter } from 'node:events';
import { terminalSafe } from './printable.js';

/** Why a call missed (see README, "Miss reasons"). */
export type MissReason =
  | 'new'
  | 'expired'
  | 'evicted'
  | 'cleared'
  | 'invalidated'
  | 'undecodable'
  | 'other-version'
  | 'other-plan';

/** Where a call's answer came from. */
export type CallSource = 'memory' | 'store' | 'shared' | 'upstream';

/**
 * What keyproof reports. Listen with `events.on(name, listener)`. A `key` is the entry's key as
 * the store holds it, `keyproof:{id}:{version}:{digest}` (the same string `keyOf` returns).
 */
export interface KeyproofEvents {
  /** A result was served from the cache. */
  hit: [{ id: string; key: string; source: 'memory' | 'store' }];
  /**
   * No usable entry: the upstream method was called. `reason`: `new`, `expired`, `evicted`,
   * `cleared`, `invalidated`, `undecodable`, `other-version` or `other-plan` (see README, "Miss reasons").
   */
  miss: [{ id: string; version: string; key: string; reason: MissReason }];
  /**
   * A call settled: `source` is where its answer came from (`memory`, `store`, `shared`: an
   * identical call's upstream answer, `upstream`), `ms` how long it took, `cost` the method's
   * `cost`; `failed` when it threw; `size` the bytes of the cached value that answered (hits
   * and another process's fill). Only emitted, and calls only timed, while it is listened
   * to (the OpenTelemetry bridge, `keyproof/otel`, listens).
   */
  call: [
    {
      id: string;
      version: string;
      key: string;
      source: CallSource;
      ms: number;
      cost: number;
      failed: boolean;
      size?: number;
    },
  ];
  /**
   * Entries were invalidated from code. `scope`: `call` (`invalidate(() => call)`; `dropped`:
   * the store had the entry), `refresh` (`refresh(() => call)` replaced it), `tag`
   * (`invalidateTag`: `tag` is its id, e.g. `user:u1`), `method` (`invalidateMethod`:
   * `dropped` entries removed).
   */
  invalidate: [
    {
      scope: 'call' | 'refresh' | 'tag' | 'method';
      id?: string;
      version?: string;
      key?: string;
      tag?: string;
      dropped?: boolean | number;
    },
  ];
  /** `staleIfError`: upstream threw and the expired entry of `key` (expired at `expiredAt`) was served instead. */
  stale: [{ id: string; key: string; expiredAt: number; error: Error }];
  /**
   * Shadow mode (`mode: 'shadow'`): an entry could have answered this call, but upstream was
   * called as always. `cost` is the method's `cost`: what serving the entry would have saved.
   */
  'would-be-hit': [{ id: string; version: string; key: string; cost: number }];
  /** A concurrent identical call joined one already in flight. */
  shared: [{ id: string; key: string }];
  /**
   * A store operation failed or timed out; the call went on without the store. `op` is the
   * operation: `get`, `set`, `delete`, `lease`, or bookkeeping behind the calls (`count`,
   * `record`, `describe`), which never makes calls skip the store.
   */
  'store-bypass': [{ store: string; op: string; error: Error }];
  /** The store answered again after a bypass. */
  'store-recovered': [{ store: string }];
  /**
   * The store's housekeeping ran and removed something: `expired` rows past their expiry
   * (entries, their records, tombstones), `evicted` live entries over the store's bound
   * (`storeBound`); `entries` / `bytes` are what a bounded store holds now.
   */
  'store-pruned': [{ store: string; expired: number; evicted: number; entries?: number; bytes?: number }];
  /** An entry could not be decoded; it was treated as a miss and will be overwritten. */
  'corrupt-entry': [{ id: string; key: string; error: Error }];
  /** A result was not stored because it cannot round-trip, or is over the size limit. */
  unstorable: [{ id: string; key: string; reason: string }];
  /**
   * A method's key never repeats because of one field: `field` had `distinct` values over
   * `calls` calls with `hits` hits, while no other field had more than `others`. Once per
   * method per process, with a `KEYPROOF_KEY_NEVER_REPEATS` warning (see `keyWatch`).
   */
  'key-never-repeats': [{ id: string; field: string; calls: number; hits: number; distinct: number; others: number }];
  /** Any of the failures above, as one stream (only emitted when someone listens). */
  error: [Error];
}

class Events extends EventEmitter<KeyproofEvents> {
  /**
   * Listeners are the user's code: one that throws must not fail the memoised call it was
   * told about (nor leave a fill lease held). The exception is reported once as a warning.
   */
  override emit<K>(eventName: keyof KeyproofEvents | K, ...args: unknown[]): boolean {
    try {
      return (super.emit as (name: unknown, ...rest: unknown[]) => boolean)(eventName, ...args);
    } catch (error) {
      warnOnce(
        'KEYPROOF_LISTENER_THREW',
        String(eventName),
        `keyproof: a listener of the '${String(eventName)}' event threw (${(error as Error)?.message ?? String(error)}); ` +
          `keyproof ignored it so the call goes on. Fix the listener: exceptions thrown there are not seen by the caller.`,
      );
      return true;
    }
  }

  /** Emit `error` only when it is listened to: an unheard `error` must never throw into a call. */
  report(error: Error): void {
    if (this.listenerCount('error') > 0) this.emit('error', error);
  }
}

/** keyproof's event stream. */
export const events = new Events();

const warned = new Set<string>();

/**
 * `process.emitWarning` once per (code, subject) for the life of the process. Messages quote
 * ids and stored bytes: control characters are escaped so a warning cannot drive a terminal.
 */
export function warnOnce(code: string, subject: string, message: string): void {
  const key = `${code}\0${subject}`;
  if (warned.has(key)) return;
  warned.add(key);
  process.emitWarning(terminalSafe(message), { code });
}
