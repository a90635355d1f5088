import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { GuardedStore } from './guarded-store.js';
import { readStoredEntry, type StoredEntry } from './read-entry.js';

/** Either another process filled the entry while we waited, or it is our turn to call upstream. */
export type Turn = { readonly found: StoredEntry } | { readonly release: () => Promise<void> };

/**
 * How long a fill lease lives unless renewed. Its holder renews it every third of that while it
 * fills, so a live holder keeps it as long as its upstream call takes, and one that crashed
 * (SIGKILL, OOM) holds up the others for at most this long, plus one poll.
 */
export const LEASE_TTL_MS = 3000;

const alone = { release: () => Promise.resolve() };

/**
 * Wait for our turn to fill a missing entry. Takes the store's fill lease when it has one;
 * while another process holds it, polls the entry with jittered backoff (25 ms growing to
 * 500 ms) and returns the entry as soon as it appears. Bounded: past `waitMs` the caller goes
 * on alone. The lease lives `ttlMs` (LEASE_TTL_MS) unless renewed. A store without leases, or one that fails, means going on alone at once: never a
 * hang, never a failure.
 */
export async function fillTurn(store: GuardedStore, key: string, bounds: { waitMs: number; ttlMs?: number }): Promise<Turn> {
  const { waitMs } = bounds;
  if (waitMs <= 0) return alone;
  const owner = randomUUID();
  const ttlMs = Math.min(waitMs, bounds.ttlMs ?? LEASE_TTL_MS);
  const deadline = Date.now() + waitMs;
  let delay = 25;
  for (;;) {
    const state = await store.acquireLease(key, owner, ttlMs);
    if (state === 'none') return alone;
    if (state === 'taken') {
      // a holder may have stored the entry and released between our miss and our lease
      const found = await probe(store, key);
      if (found) {
        await store.releaseLease(key, owner);
        return { found };
      }
      return held(store, key, owner, ttlMs);
    }
    const left = deadline - Date.now();
    if (left <= 0) return alone;
    await sleep(Math.min(left, delay * (0.5 + Math.random())));
    delay = Math.min(delay * 1.6, 500);
    const found = await probe(store, key);
    if (found) return { found };
  }
}

/** Our turn: the lease is renewed while we fill, and dropped when we are done. */
function held(store: GuardedStore, key: string, owner: string, ttlMs: number): Turn {
  const renewal = setInterval(() => void store.acquireLease(key, owner, ttlMs), ttlMs / 3);
  renewal.unref();
  return {
    release: () => {
      clearInterval(renewal);
      return store.releaseLease(key, owner);
    },
  };
}

/** The entry if it is there and readable (a corrupt one waits to be overwritten by the holder). */
async function probe(store: GuardedStore, key: string): Promise<StoredEntry | undefined> {
  const entry = await readStoredEntry(store, key);
  return entry instanceof Error ? undefined : entry;
}
