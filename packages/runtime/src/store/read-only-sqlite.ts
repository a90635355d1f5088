import { accessSync, constants, existsSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { KeyvStoreAdapter } from 'keyv';
import { StoreConfigError } from '../errors.js';

/**
 * An SQLite file on a volume keyproof cannot write (a read-only mount, a baked image, a file
 * owned by another user): @keyv/sqlite opens it read-write and WAL mode needs to create its
 * `-shm` file beside it, so even reads fail. Here such a file is opened read-only and immutable
 * (no locks, no WAL files: what a checkpointed file holds is served), and every write is
 * refused with an error the guard reports once, leaving reads alone.
 */
export function isReadOnlyFile(file: string): boolean {
  if (!existsSync(file)) return false;
  return !writable(file) || !writable(dirname(file));
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

interface Sqlite3 {
  Database: new (file: string, mode: number, callback: (error: Error | null) => void) => SqliteDb;
  OPEN_READONLY: number;
  OPEN_URI: number;
}
interface SqliteDb {
  all(sql: string, params: unknown[], callback: (error: Error | null, rows: unknown[]) => void): void;
  close(callback: (error: Error | null) => void): void;
}

export function readOnlySqlite(file: string): KeyvStoreAdapter {
  let sqlite3: Sqlite3;
  try {
    const here = createRequire(import.meta.url);
    sqlite3 = createRequire(here.resolve('@keyv/sqlite'))('sqlite3') as Sqlite3;
  } catch (error) {
    throw new StoreConfigError(
      `the sqlite3 module beside @keyv/sqlite cannot be loaded (${(error as Error).message.split('\n')[0]}). Fix: npm rebuild sqlite3`,
      { cause: error },
    );
  }
  const uri = `file:${encodeURI(file).replace(/[?#]/g, encodeURIComponent)}?immutable=1`;
  const opened = new Promise<SqliteDb>((resolve, reject) => {
    const db = new sqlite3.Database(uri, sqlite3.OPEN_READONLY | sqlite3.OPEN_URI, (error) =>
      error ? reject(error) : resolve(db),
    );
  });
  opened.catch(() => {});
  const query = async (sql: string, ...params: unknown[]): Promise<unknown[]> => {
    const db = await opened;
    return new Promise((resolve, reject) =>
      db.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows))),
    );
  };
  const refused = async (): Promise<never> => {
    throw new Error(
      `the SQLite file ${file} is on a volume this process cannot write: it is served read-only, nothing new is stored`,
    );
  };
  const adapter = Object.assign(new EventEmitter(), {
    opts: { dialect: 'sqlite', table: 'keyv', readOnly: true, url: `sqlite://${file}` },
    namespace: undefined as string | undefined,
    query,
    async get(key: string) {
      const rows = (await query('SELECT value FROM keyv WHERE key = ?', key)) as Array<{ value: string }>;
      return rows[0]?.value;
    },
    set: refused,
    delete: refused,
    clear: refused,
    async has(key: string) {
      return (await adapter.get(key)) !== undefined;
    },
    async disconnect() {
      const db = await opened.catch(() => undefined);
      await new Promise<void>((resolve) => (db ? db.close(() => resolve()) : resolve()));
    },
  });
  return adapter as unknown as KeyvStoreAdapter;
}
