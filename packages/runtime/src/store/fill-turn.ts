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
const LEASE_TTL_MS = 3000;

/**
 * A live holder must not lose its lease to a slow store: a renewal sent a third of the way
 * through may take the whole bounded wait to land (on a busy store the renewal queues behind
 * the holder's own write), so the lease lives at least twice `storeTimeoutMs`. With the
 * default 500 ms that is LEASE_TTL_MS unchanged.
 */
export function leaseTtlMs(storeTimeoutMs: number): number {
  return Math.max(LEASE_TTL_MS, 2 * storeTimeoutMs);
}

const alone = { release: () => Promise.resolve() };

/**
 * Wait for our turn to fill a missing entry. Takes the store's fill lease when it has one, in
 * one atomic step that also checks that the entry is still missing (so a cold miss costs the
 * caller three store round trips: read, lease, write; the release goes behind the call). While
 * another process holds the lease, or the entry appeared since our read, reads the entry with
 * jittered backoff (25 ms growing to 500 ms) and returns it as soon as it is there. Bounded:
 * past `waitMs` the caller goes on alone. The lease lives `ttlMs` (leaseTtlMs) unless
 * renewed. A store without leases, or one that fails, means going on alone at once: never a
 * hang, never a failure (a store in this process, memory://, has no lease: its callers join in
 * flight). `entry: 'unreadable'` when the caller's read found a record it could
 * not decode: the lease is then taken whatever is stored, so the holder overwrites it.
 */
export async function fillTurn(
  store: GuardedStore,
  key: string,
  bounds: {
    waitMs: number;
    ttlMs?: number;
    entry?: 'missing' | 'unreadable';
    read?: () => Promise<StoredEntry | Error | undefined>;
  },
): Promise<Turn> {
  const { waitMs } = bounds;
  if (waitMs <= 0 || store.inProcess) return alone;
  const owner = randomUUID();
  const ttlMs = Math.min(waitMs, bounds.ttlMs ?? leaseTtlMs(store.timeoutMs));
  const deadline = Date.now() + waitMs;
  let ifMissing = bounds.entry !== 'unreadable';
  let delay = 25;
  for (;;) {
    const state = await store.acquireLease(key, owner, ttlMs, ifMissing);
    if (state === 'none') return alone;
    if (state === 'taken') return held(store, key, owner, ttlMs);
    // held by another process, or filled since our read
    const found = await (bounds.read ? bounds.read() : probe(store, key)); // a checked read: an invalidated entry is not "found"
    if (found instanceof Error)
      ifMissing = false; // unreadable: whoever takes the lease overwrites it
    else if (found) return { found };
    const left = deadline - Date.now();
    if (left <= 0) return alone;
    await sleep(Math.min(left, delay * (0.5 + Math.random())));
    delay = Math.min(delay * 1.6, 500);
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

/** The entry, undefined when it is missing, an Error when it cannot be read. */
function probe(store: GuardedStore, key: string): Promise<StoredEntry | Error | undefined> {
  return readStoredEntry(store, key);
}
