/**
 * Every store kind runs with what it was written for: its fill lease and its atomic counters.
 * A store that silently fell back (no lease: every process calls upstream; read-modify-write
 * counters: processes lose counts) fails here. The checks at open refuse an adapter or a Keyv
 * table keyproof was not written for, with one error; any other Keyv store is warned about once.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreConfigError } from '../../src/errors.js';
import { zeroCounters } from '../../src/records.js';
import { openStoreUrl } from '../../src/store/adapters.js';
import { backendOf } from '../../src/store/backend.js';
import { leaseBackend } from '../../src/store/lease.js';
import { nativeStore } from '../../src/store/open-native-store.js';
import { storesUnderTest, uniqueId } from '../support/stores.js';
import { captureWarnings } from '../support/warnings.js';

const shared = storesUnderTest().filter((s) => s.name !== 'memory');
const opened: Keyv[] = [];
const open = async (url: string) => {
  const keyv = await openStoreUrl(url);
  opened.push(keyv);
  return keyv;
};

afterEach(async () => {
  await Promise.all(opened.splice(0).map((k) => k.disconnect().catch(() => {})));
});

describe.each(shared)('$name', (store) => {
  it('is its own backend kind, not the generic Keyv fallback', async () => {
    const keyv = await open(store.url());
    expect(backendOf(keyv).kind).toBe(store.name === 'redis-cluster' ? 'redis' : store.name);
  });

  it('has its fill lease: while one owner holds a key, another is refused; released, it is free', async () => {
    const lease = leaseBackend(await open(store.url()));
    expect(lease, 'the store runs without a fill lease').toBeDefined();
    const key = uniqueId('Contract.lease');
    expect(await lease!.acquire(key, 'owner-a', 30_000, false)).toBe(true);
    expect(await lease!.acquire(key, 'owner-b', 30_000, false)).toBe(false);
    await lease!.release(key, 'owner-a');
    expect(await lease!.acquire(key, 'owner-b', 30_000, false)).toBe(true);
    await lease!.release(key, 'owner-b');
  });

  it('has atomic counters: concurrent adds through two connections all land', async () => {
    const url = store.url(); // one SQLite file for both
    const [a, b] = [nativeStore(await open(url)), nativeStore(await open(url))];
    const id = uniqueId('Contract.counters');
    const one = { methods: [{ id, delta: { ...zeroCounters(), calls: 1 } }], entries: [] };
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).addCounts(one)));
    const rows = await a.readRows(false);
    expect(rows.methodCounts.get(id)?.calls, 'read-modify-write counters lost some adds').toBe(20);
  });
});

describe('checked at open', () => {
  const sqliteUrl = () => `sqlite://${join(mkdtempSync(join(tmpdir(), 'keyproof-backend-')), 'cache.sqlite')}`;

  it('an adapter without the shape keyproof was written for (Keyv 6 has no `dialect`) is one StoreConfigError', async () => {
    class KeyvSqlite {
      readonly opts = { table: 'keyv' }; // no dialect, as Keyv 6's adapters
      private readonly rows = new Map<string, unknown>();
      async get(key: string) {
        return this.rows.get(key);
      }
      async set(key: string, value: unknown) {
        this.rows.set(key, value);
      }
      async delete(key: string) {
        return this.rows.delete(key);
      }
      async clear() {
        this.rows.clear();
      }
    }
    const opening = openStoreUrl(sqliteUrl(), async () => ({ KeyvSqlite }));
    await expect(opening).rejects.toBeInstanceOf(StoreConfigError);
    await expect(opening).rejects.toThrow(/not the adapter keyproof was written for.*keyv@5 and @keyv\/sqlite@4/s);
  });

  it('a Keyv table keyed by (key, namespace), as Keyv 6 creates it, is one StoreConfigError', async () => {
    const url = sqliteUrl();
    const first = await open(url);
    const sql = (backendOf(first) as { store: { query(sql: string): Promise<unknown> } }).store;
    await sql.query('DROP TABLE IF EXISTS keyv');
    await sql.query(
      'CREATE TABLE keyv (key VARCHAR(255) NOT NULL, value TEXT, namespace VARCHAR(255), PRIMARY KEY (key, namespace))',
    );
    await expect(openStoreUrl(url)).rejects.toThrow(/keyed by \(key, namespace\).*ON CONFLICT \(key\)/s);
  });
});

describe('any other Keyv store', () => {
  const captured = captureWarnings();

  it('works without a lease or atomic counters, and says so once', async () => {
    class TeamCacheAdapter extends Map {}
    const keyv = () => new Keyv({ store: new TeamCacheAdapter() as unknown as KeyvStoreAdapter });
    const [one, two] = [keyv(), keyv()];
    expect(backendOf(one)).toEqual({ kind: 'other', name: 'TeamCacheAdapter' });
    expect(leaseBackend(one)).toBeUndefined();
    nativeStore(one);
    nativeStore(two);
    const said = captured.warnings.filter((w) => w.code === 'KEYPROOF_STORE_NOT_NATIVE');
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toMatch(/TeamCacheAdapter .*without a fill lease.*read-modify-write counters/s);
  });
});
