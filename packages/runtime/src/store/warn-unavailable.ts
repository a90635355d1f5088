import { warnOnce } from '../events.js';
import { printable } from '../printable.js';

/**
 * What a failure takes out. Reads, writes and counting are separate: a store that refuses
 * writes (read-only file, Redis at maxmemory) still serves what it has, and bookkeeping that
 * fails or is slow never makes calls skip the store.
 */
export type Health = 'read' | 'write' | 'count';

/**
 * An unusable store is otherwise silent (every call just goes upstream: the bill keyproof
 * exists to avoid), so say it once per store and kind of failure.
 */
export function warnUnavailable(store: string, kind: Health, error: Error): void {
  if (store.startsWith('sqlite:') && isCorruptFile(error)) {
    // not an outage: the file itself is bad, and waiting or restarting a server will not help
    warnOnce(
      'KEYPROOF_STORE_CORRUPT',
      `${store}\0corrupt`,
      `keyproof: the cache file ${store.replace(/^sqlite:\/\//, '')} is corrupt or not an SQLite database ` +
        `(${printable(error.message)}), so calls go upstream without the cache. It holds only cached results: ` +
        `run \`keyproof clear --reset --store ${store}\` to move it aside (the next start creates a new one), or delete it.`,
    );
    return;
  }
  const what =
    kind === 'read'
      ? 'did not answer a read, so calls go upstream without the cache until it answers again'
      : kind === 'write'
        ? 'refused or did not answer a write, so new results are returned but not cached (entries it has are still served)'
        : 'did not take hit counts, counters or entry records, so `keyproof stats` under-reports until it does';
  warnOnce(
    'KEYPROOF_STORE_UNAVAILABLE',
    `${store}\0${kind}`,
    `keyproof: store ${store} ${what} (${printable(error.message)}). ` +
      `Fix: check that the store is running, reachable and writable (file permissions, disk space, Redis maxmemory), or point KEYPROOF_STORE elsewhere.`,
  );
}

/** SQLite's own words for a file that is not (or no longer) a database. */
function isCorruptFile(error: Error): boolean {
  return /SQLITE_(NOTADB|CORRUPT)|file is not a database|database disk image is malformed/i.test(error.message);
}
