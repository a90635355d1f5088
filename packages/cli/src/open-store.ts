import { openStoreUrl, redact, sqlitePath } from 'keyproof/store';
import { readingStore, withProgress } from './progress.js';
import { CliError } from './cli-error.js';
import { assertReadable, corruptCacheFile, type StoreLocation } from './store-location.js';

export type StoreHandle = Awaited<ReturnType<typeof openStoreUrl>>;

/** How long the CLI waits for a store to answer at all before it says the store is unreachable. */
const STORE_TIMEOUT_MS = 5_000;

/** How long a command may take once the store answers (listing 100k entries takes seconds). */
const COMMAND_TIMEOUT_MS = 120_000;

/**
 * Open the store, run `use` on it with a deadline, and always disconnect. An adapter that
 * cannot connect (a Redis that is down) becomes one clear message instead of a hang.
 */
export async function withStore<T>(location: StoreLocation, use: (keyv: StoreHandle) => Promise<T>): Promise<T> {
  assertReadable(location);
  let keyv: StoreHandle | undefined;
  try {
    // one read first, on a short deadline: a store that is down is said in seconds…
    const opened = await deadline(STORE_TIMEOUT_MS, async () => {
      keyv = await openStoreUrl(location.url);
      await keyv.get('~probe');
      return keyv;
    });
    // …then the command itself, which may list a large store
    return await withProgress(readingStore(location.url), () => deadline(COMMAND_TIMEOUT_MS, () => use(opened)));
  } catch (error) {
    throw unreachable(location, error);
  } finally {
    if (keyv) await disconnect(keyv);
  }
}

async function deadline<T>(ms: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work(), late]);
  } finally {
    clearTimeout(timer);
  }
}

function unreachable(location: StoreLocation, error: unknown): Error {
  if (error instanceof CliError) return error;
  const err = error as Error & { code?: string };
  if (err.code === 'KEYPROOF_STORE_CONFIG') return new CliError(err.message);
  if (
    location.url.startsWith('sqlite:') &&
    /SQLITE_(NOTADB|CORRUPT)|file is not a database|disk image is malformed/i.test(err.message ?? '')
  ) {
    return corruptCacheFile(sqlitePath(new URL(location.url)), location, err.message);
  }
  const cause = redact(err.message || String(error));
  return new CliError(
    `cannot read the keyproof store ${redact(location.url)} (from ${location.source}): ${cause}.\n` +
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
