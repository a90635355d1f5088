import { openStoreUrl } from 'keyproof';
import { CliError } from './cli-error.js';
import { assertReadable, type StoreLocation } from './store-location.js';

export type StoreHandle = Awaited<ReturnType<typeof openStoreUrl>>;

/** How long the CLI waits for a store before it says the store is unreachable. */
export const STORE_TIMEOUT_MS = 5_000;

/** The store's address without a password, for messages. */
export function printable(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.href;
  } catch {
    return url;
  }
}

/**
 * Open the store, run `use` on it with a deadline, and always disconnect. An adapter that
 * cannot connect (a Redis that is down) becomes one clear message instead of a hang.
 */
export async function withStore<T>(location: StoreLocation, use: (keyv: StoreHandle) => Promise<T>): Promise<T> {
  assertReadable(location);
  let keyv: StoreHandle | undefined;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${STORE_TIMEOUT_MS / 1000} s`)), STORE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([
      (async () => {
        keyv = await openStoreUrl(location.url);
        return use(keyv);
      })(),
      deadline,
    ]);
  } catch (error) {
    throw unreachable(location, error);
  } finally {
    clearTimeout(timer);
    if (keyv) await disconnect(keyv);
  }
}

function unreachable(location: StoreLocation, error: unknown): Error {
  if (error instanceof CliError) return error;
  const err = error as Error & { code?: string };
  if (err.code === 'KEYPROOF_STORE_CONFIG') return new CliError(err.message);
  const cause = err.message || String(error);
  return new CliError(
    `cannot read the keyproof store ${printable(location.url)} (from ${location.source}): ${cause}.\n` +
      `The CLI reads the same store as the app; without it there are no entries or counters to show.\n` +
      `Fix: check that the store is running and reachable from here, or pass --store URL.`,
  );
}

async function disconnect(keyv: StoreHandle): Promise<void> {
  try {
    await Promise.race([keyv.disconnect(), new Promise((r) => setTimeout(r, 1_000).unref())]);
  } catch {
    // closing a store that never connected: nothing to release
  }
}
