import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { GuardedStore } from './guarded-store.js';

/** Either another process filled the entry while we waited, or it is our turn to call upstream. */
export type Turn<T> = { readonly found: T } | { readonly release: () => Promise<void> };

const alone = { release: () => Promise.resolve() };

/**
 * Wait for our turn to fill a missing entry. Takes the store's fill lease when it has one;
 * while another process holds it, polls the entry with jittered backoff (25 ms growing to
 * 500 ms) and returns the entry as soon as it appears. Bounded: past `leaseMs` the caller
 * goes on alone, and a lease left by a crashed holder expires by then anyway. A store without
 * leases, or one that fails, means going on alone at once: never a hang, never a failure.
 */
export async function fillTurn<T>(store: GuardedStore, key: string, leaseMs: number, probe: () => Promise<T | undefined>): Promise<Turn<T>> {
  if (leaseMs <= 0) return alone;
  const owner = randomUUID();
  const deadline = Date.now() + leaseMs;
  let delay = 25;
  for (;;) {
    const state = await store.acquireLease(key, owner, leaseMs);
    if (state === 'none') return alone;
    if (state === 'taken') {
      // a holder may have stored the entry and released between our miss and our lease
      const found = await probe();
      if (found !== undefined) {
        await store.releaseLease(key, owner);
        return { found };
      }
      return { release: () => store.releaseLease(key, owner) };
    }
    const left = deadline - Date.now();
    if (left <= 0) return alone;
    await sleep(Math.min(left, delay * (0.5 + Math.random())));
    delay = Math.min(delay * 1.6, 500);
    const found = await probe();
    if (found !== undefined) return { found };
  }
}
