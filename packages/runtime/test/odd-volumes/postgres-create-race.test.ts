/**
 * Processes creating PostgreSQL's counter table at once on a fresh database: the loser of the
 * race on the catalog (`duplicate key value violates unique constraint
 * "pg_type_typname_nsp_index"`) finds the table there and counts, never reports the store
 * unavailable. Eight connections (pools) at once, on three fresh databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zeroCounters } from '../../src/records.js';
import { openStoreUrl } from '../../src/store/adapters.js';
import { nativeStore } from '../../src/store/open-native-store.js';

const shared = process.env.KEYPROOF_TEST_POSTGRES_URL;
type Sql = { query(sql: string, values?: unknown[]): Promise<Array<Record<string, unknown>>> };

describe.skipIf(!shared)('PostgreSQL: creating the counter table concurrently', () => {
  const databases: string[] = [];
  let admin: Awaited<ReturnType<typeof openStoreUrl>>;
  const sql = () => admin.store as unknown as Sql;
  beforeAll(async () => {
    admin = await openStoreUrl(shared!);
  });
  afterAll(async () => {
    for (const name of databases)
      await sql()
        .query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        .catch(() => {});
    await admin?.disconnect();
  });

  it('every one of 8 concurrent first writers lands its counts', async () => {
    for (let round = 0; round < 3; round++) {
      const name = `kp_race_${process.pid}_${round}_${Date.now().toString(36)}`;
      await sql().query(`CREATE DATABASE ${name}`);
      databases.push(name);
      const url = new URL(shared!);
      url.pathname = `/${name}`;
      const stores = await Promise.all(Array.from({ length: 8 }, () => openStoreUrl(url.href)));
      try {
        const delta = { ...zeroCounters(), calls: 1 };
        const results = await Promise.allSettled(
          stores.map((k) => nativeStore(k).addCounts({ methods: [{ id: 'Race.m', delta }], entries: [] })),
        );
        expect(
          results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason)),
        ).toEqual([]);
        const counted = (await (stores[0]!.store as unknown as Sql).query(
          `SELECT calls FROM keyproof_counters WHERE key = '~method:Race.m'`,
        )) as Array<{ calls: unknown }>;
        expect(Number(counted[0]!.calls)).toBe(8);
      } finally {
        await Promise.all(stores.map((k) => k.disconnect()));
      }
    }
  });
});
