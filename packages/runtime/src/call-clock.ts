import { events, type CallSource } from './events.js';
import type { MethodInfo } from './records.js';
import { namespaced } from './store/store-keys.js';

/** A call being timed: only made while the `call` event is listened to (so calls nobody watches never read the clock). */
export interface CallClock {
  readonly started: number;
  /** Where the answer is coming from, as far as the call has got. */
  source: CallSource;
  /** Bytes of the cached value that answered (memory, store, another process's fill). */
  size?: number;
}

/** Start timing a call, or `undefined` when no one listens to `call` events. */
export function startClock(): CallClock | undefined {
  return events.listenerCount('call') > 0 ? { started: performance.now(), source: 'upstream' } : undefined;
}

/** The `call` event for a settled call. */
export function reportCall(info: MethodInfo, key: string, clock: CallClock, failed: boolean): void {
  const ms = performance.now() - clock.started;
  events.emit('call', {
    id: info.id,
    version: info.version,
    key: namespaced(key),
    source: clock.source,
    ms,
    cost: info.cost,
    failed,
    ...(clock.size !== undefined ? { size: clock.size } : {}),
  });
}
