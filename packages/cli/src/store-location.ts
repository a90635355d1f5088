import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultStoreUrl, redact, sqlitePath } from 'keyproof/store';
import { dirname } from 'node:path';
import { CliError } from './cli-error.js';

/** Which store a command reads, and how the user chose it (for messages). */
export interface StoreLocation {
  readonly url: string;
  readonly source: '--store' | 'KEYPROOF_STORE' | 'default';
}

/** `--store`, else `KEYPROOF_STORE`, else the runtime's default (`.keyproof/cache.sqlite` next to the nearest package.json). */
export function locateStore(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): StoreLocation {
  if (flag) return { url: asUrl(flag), source: '--store' };
  if (env.KEYPROOF_STORE) return { url: asUrl(env.KEYPROOF_STORE), source: 'KEYPROOF_STORE' };
  return { url: defaultStoreUrl(), source: 'default' };
}

/** A bare path (`./cache.sqlite`) is taken as an SQLite file, as users type it. */
function asUrl(value: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `sqlite://${resolve(value)}`;
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * Refuse what the CLI cannot read before opening anything: opening an SQLite URL creates the
 * file, and a command that only reads must never leave an empty cache behind.
 */
export function assertReadable(location: StoreLocation): void {
  let url: URL;
  try {
    url = new URL(location.url);
  } catch {
    throw new CliError(`the store ${redact(location.url)} (from ${location.source}) is not a URL.\n${SUPPORTED}`);
  }
  if (url.protocol === 'memory:') {
    throw new CliError(
      `the store is memory:// (from ${location.source}): it lives inside the process that uses it, so no other ` +
        `process can read it.\nFix: point the app and the CLI at a shared store (sqlite://PATH, redis://…, postgres://…).`,
    );
  }
  if (url.protocol !== 'sqlite:') return;
  const file = sqlitePath(url); // the runtime's own resolution, so both open the same file
  if (!existsSync(file)) {
    const how =
      location.source === 'default'
        ? `the default store, .keyproof/cache.sqlite in ${dirname(dirname(file))} (the nearest package.json's directory above ${process.cwd()}, else that directory)`
        : `from ${location.source}`;
    throw new CliError(
      `no keyproof store at ${file} (${how}).\n` +
        `Nothing has been cached there yet, or the app writes to another store; the CLI does not create an empty one.\n` +
        `Fix: run the command inside the app's project, or pass --store sqlite:///path/to/cache.sqlite ` +
        `(or set KEYPROOF_STORE to the URL the app uses).`,
    );
  }
  if (statSync(file).isDirectory()) {
    throw new CliError(
      `the store ${file} is a directory; expected the SQLite file (e.g. ${resolve(file, 'cache.sqlite')}).`,
    );
  }
  if (!hasSqliteHeader(file)) {
    throw corruptCacheFile(file, location, 'it does not start with the SQLite header');
  }
}

function hasSqliteHeader(file: string): boolean {
  if (statSync(file).size === 0) return true; // a fresh file the runtime created but never wrote
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(SQLITE_MAGIC.length);
    readSync(fd, buf, 0, buf.length, 0);
    return buf.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

const SUPPORTED = 'Supported: sqlite://PATH, redis://HOST:PORT, postgres://USER@HOST/DB (or a path to an SQLite file).';

/**
 * An SQLite store file that SQLite cannot read. It is a cache: nothing in it is needed to
 * run, so the fix is to move it aside, which `keyproof clear --reset` does.
 */
export function corruptCacheFile(file: string, location: StoreLocation, why: string): CliError {
  const store = location.source === 'default' ? '' : ` --store ${file}`;
  return new CliError(
    `the cache file ${file} (from ${location.source}) is corrupt or not an SQLite database (${why}).\n` +
      `It holds only cached results: nothing is lost but upstream calls the cache would have saved.\n` +
      `Fix: keyproof clear --reset${store}   (moves it aside; the app creates a new one on its next start)`,
  );
}
