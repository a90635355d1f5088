/**
 * Every row a store holds for one method, read under Keyv and keyproof (expired or not): what
 * growth tests count. SQL stores also report their counter rows.
 */
import type Keyv from 'keyv';
import { slotUntagged } from '../../src/store/store-keys.js';

export interface RawRow {
  readonly key: string;
  /** Keyv's `expires` of the row (SQL, memory) or Redis's own expiry, null for never. */
  readonly expires: number | null;
}

interface SqlStore {
  query(sql: string, ...params: unknown[]): Promise<Array<Record<string, unknown>>>;
  opts: { dialect?: string };
}

/** Rows (without the namespace) whose key mentions `id`, and counter rows for it on SQL stores. */
export async function rawRows(keyv: Keyv, id: string): Promise<{ rows: RawRow[]; counters: number }> {
  const store = keyv.store as Partial<SqlStore> & {
    opts?: { dialect?: string };
    getMasterNodes?: () => Promise<Array<{ sendCommand(a: string[]): Promise<unknown> }>>;
  };
  const dialect = store.opts?.dialect;
  const like = `%${id}%`;
  if (dialect === 'sqlite' || dialect === 'postgres') {
    const pg = dialect === 'postgres';
    const q = (sql: string, params: unknown[]) => (pg ? store.query!(sql, params) : store.query!(sql, ...params));
    const found = (await q(`SELECT key, value FROM keyv WHERE key LIKE ${pg ? '$1' : '?'}`, [like])) as Array<{
      key: string;
      value: string;
    }>;
    let counters = 0;
    try {
      counters = Number(
        (
          (await q(`SELECT COUNT(*) AS n FROM keyproof_counters WHERE key LIKE ${pg ? '$1' : '?'}`, [like])) as Array<{
            n: unknown;
          }>
        )[0]!.n,
      );
    } catch {
      // no counter table yet
    }
    return {
      rows: found.map((r) => ({
        key: r.key.slice('keyproof:'.length),
        expires: (JSON.parse(r.value) as { expires?: number }).expires ?? null,
      })),
      counters,
    };
  }
  if (dialect === 'redis') {
    const rows: RawRow[] = [];
    // every master of a cluster (the one client otherwise)
    for (const client of await store.getMasterNodes!()) {
      let cursor = '0';
      do {
        const [next, keys] = (await client.sendCommand(['SCAN', cursor, 'MATCH', `*${id}*`, 'COUNT', '1000'])) as [
          string,
          string[],
        ];
        cursor = String(next);
        for (const raw of keys) {
          const pttl = Number(await client.sendCommand(['PTTL', raw]));
          rows.push({
            key: slotUntagged(raw.slice(raw.indexOf('keyproof:', 2) + 'keyproof:'.length)),
            expires: pttl < 0 ? null : Date.now() + pttl,
          });
        }
      } while (cursor !== '0');
    }
    return { rows, counters: 0 };
  }
  const map = keyv.store as Map<string, { expires?: number }>;
  const rows: RawRow[] = [];
  for (const [key, row] of map)
    if (key.includes(id)) rows.push({ key: key.slice('keyproof:'.length), expires: row?.expires ?? null });
  return { rows, counters: 0 };
}
