import { COUNT_PREFIX, METHOD_PREFIX, NAMESPACE, classifyKey, metaKey, methodKey, namespaced } from './store-keys.js';
import {
  COUNTER_FIELDS,
  MONEY_FIELDS,
  chunks,
  keyvRowText,
  keyvRowValue,
  type CountBatch,
  type EntryHits,
  type NativeStore,
  type StoredRows,
} from './native-store.js';
import type { MethodCounters } from '../records.js';

/**
 * SQLite and PostgreSQL: counters live in a table of their own, `keyproof_counters`, one row
 * per method (`~method:{id}`) and per entry (`~meta:{key}`), added to with
 * `INSERT … ON CONFLICT (key) DO UPDATE SET calls = calls + excluded.calls, …`: one atomic
 * statement per chunk of rows, so processes sharing the database add up exactly. Entries and
 * records stay in Keyv's table; listing and deleting read it with plain SQL.
 */
export interface SqlHandle {
  readonly dialect: 'sqlite' | 'postgres';
  /** Run a statement with positional parameters (`?` for SQLite, `$n` for PostgreSQL). */
  query(sql: string, params: unknown[]): Promise<unknown[]>;
  readonly table: string;
  /** Schema prefix for PostgreSQL (`public.`), empty for SQLite. */
  readonly schema: string;
}

/** One column per counter, in snake case (`upstreamCalls` → `upstream_calls`). */
const FIELD: Record<string, keyof MethodCounters> = Object.fromEntries(
  COUNTER_FIELDS.map((f) => [f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), f]),
);
const COLUMNS = Object.keys(FIELD);
const isMoney = (c: string) => MONEY_FIELDS.has(FIELD[c]!);
/** Rows per statement: a batch up to this size is one atomic statement (Accounting sends parts of ≤ 1000 entries and its methods). */
const ROWS_PER_STATEMENT = 2000;
/** Expired rows removed per statement, and statements per reclaim (the rest waits for the next one). */
const RECLAIM_BATCH = 5000;
const RECLAIM_ROUNDS = 20;

export function sqlNativeStore(db: SqlHandle): NativeStore {
  const pg = db.dialect === 'postgres';
  const counters = `${db.schema}keyproof_counters`;
  const keyv = `${db.schema}${db.table}`;
  let created: Promise<void> | undefined;
  const columnType = (c: string) => (isMoney(c) ? (pg ? 'DOUBLE PRECISION' : 'REAL') : 'BIGINT');
  const createTable =
    `CREATE TABLE IF NOT EXISTS ${counters} (key ${pg ? 'VARCHAR(1024)' : 'TEXT'} PRIMARY KEY, ` +
    COLUMNS.map((c) => `${c} ${columnType(c)} NOT NULL DEFAULT 0`).join(', ') +
    ', last_hit_at BIGINT, expires_at BIGINT)';
  const ensureTable = (): Promise<void> => {
    created ??= db
      .query(createTable, [])
      // PostgreSQL: two processes creating it at once on a fresh database, one of them loses the
      // race on the catalog (23505 on pg_type, 42P07, 42710): the table is there, asked again it says so
      .catch((error: unknown) => (isCreateRace(error) ? db.query(createTable, []) : Promise.reject(error)))
      .then(() => undefined);
    created.catch(() => (created = undefined)); // a read-only or unreachable database: tried again next flush
    return created;
  };
  // PostgreSQL needs the target table named in DO UPDATE; SQLite reads bare names as the existing row
  const old = (c: string) => (pg ? `c.${c}` : c);
  const add = COLUMNS.map((c) => `${c} = ${old(c)} + excluded.${c}`).join(', ');
  const lastHit = pg
    ? 'last_hit_at = GREATEST(c.last_hit_at, excluded.last_hit_at)'
    : 'last_hit_at = NULLIF(MAX(COALESCE(last_hit_at, 0), COALESCE(excluded.last_hit_at, 0)), 0)';
  const all = ['key', ...COLUMNS, 'last_hit_at', 'expires_at'];
  const upsert = pg
    ? `INSERT INTO ${counters} AS c (${all.join(', ')}) SELECT ${all.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(key text, ` +
      COLUMNS.map((c) => `${c} ${isMoney(c) ? 'double precision' : 'bigint'}`).join(', ') +
      `, last_hit_at bigint, expires_at bigint) ON CONFLICT (key) DO UPDATE SET ${add}, ${lastHit}, expires_at = COALESCE(excluded.expires_at, c.expires_at)`
    : `INSERT INTO ${counters} (${all.join(', ')}) SELECT ${all.map((c) => `json_extract(j.value, '$.${c}')`).join(', ')} FROM json_each(?) AS j WHERE true ` +
      `ON CONFLICT (key) DO UPDATE SET ${add}, ${lastHit}, expires_at = COALESCE(excluded.expires_at, expires_at)`;
  const p = (n: number) => (pg ? `$${n}` : '?');
  /** A row's expiry (Keyv's `"expires"`, ms since the epoch), NULL when it has none or is not Keyv's JSON. */
  const expiry = pg
    ? `substring(value from '"expires":([0-9]+)[}]$')::bigint`
    : `(CASE WHEN json_valid(value) THEN json_extract(value, '$.expires') END)`;
  const isLive = (n: number) => `(${expiry} IS NULL OR ${expiry} >= ${p(n)})`;
  /** Counters of entries that are gone: expired ones, and those removed by something else (a Keyv clear, another tool). */
  const sweepCounters = async (now: number): Promise<void> => {
    try {
      await db.query(`DELETE FROM ${counters} WHERE expires_at IS NOT NULL AND expires_at < ${p(1)}`, [now]);
      await db.query(
        `DELETE FROM ${counters} WHERE key LIKE ${p(1)} AND COALESCE(last_hit_at, 0) < ${p(2)} ` +
          `AND NOT EXISTS (SELECT 1 FROM ${keyv} k WHERE k.key = ${p(3)} || ${counters}.key)`,
        ['~meta:%', now - 60_000, `${NAMESPACE}:`],
      );
    } catch (error) {
      if (!isMissingTable(error)) throw error; // no counters written yet
    }
  };

  const store: NativeStore = {
    async addCounts(batch: CountBatch) {
      await ensureTable();
      const rows: Array<Record<string, unknown>> = [];
      for (const { id, delta } of batch.methods) {
        const row: Record<string, unknown> = { key: methodKey(id), last_hit_at: null, expires_at: null };
        for (const c of COLUMNS) row[c] = delta[FIELD[c]!];
        rows.push(row);
      }
      for (const e of batch.entries) {
        const row: Record<string, unknown> = {
          key: metaKey(e.key),
          last_hit_at: e.lastHitAt,
          expires_at: e.expiresAt ?? null,
        };
        for (const c of COLUMNS) row[c] = c === 'hits' ? e.hits : 0;
        rows.push(row);
      }
      for (const chunk of chunks(rows, ROWS_PER_STATEMENT)) await db.query(upsert, [JSON.stringify(chunk)]);
    },

    async writeRecords(records) {
      const now = Date.now();
      const rows = records.map((r) => [namespaced(r.key), keyvRowText(r.value, r.ttlMs, now)]);
      for (const chunk of chunks(rows, ROWS_PER_STATEMENT)) {
        if (pg) {
          await db.query(
            `INSERT INTO ${keyv} (key, value) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
            [chunk.map((r) => r[0]), chunk.map((r) => r[1])],
          );
        } else {
          await db.query(
            `INSERT INTO ${keyv} (key, value) SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]') FROM json_each(?) AS j WHERE true ` +
              'ON CONFLICT (key) DO UPDATE SET value = excluded.value',
            [JSON.stringify(chunk)],
          );
        }
      }
    },

    async readRows(withEntries: boolean): Promise<StoredRows> {
      const now = Date.now();
      const prefix = `${NAMESPACE}:~`;
      const found = (await db.query(`SELECT key, value FROM ${keyv} WHERE key LIKE ${p(1)}`, [`${prefix}%`])) as Array<{
        key: string;
        value: unknown;
      }>;
      const records: Array<[string, unknown]> = [];
      for (const row of found) {
        const key = row.key.slice(NAMESPACE.length + 1);
        const kind = classifyKey(key).kind;
        if (kind !== 'method' && !(withEntries && kind === 'meta')) continue;
        const read = keyvRowValue(row.value, now);
        if (read) records.push([key, read.value]);
      }
      const methodCounts = new Map<string, Partial<MethodCounters>>();
      const entryCounts = new Map<string, EntryHits>();
      let counted: Array<Record<string, unknown>> = [];
      try {
        const where = withEntries ? '' : ` WHERE key LIKE ${p(1)}`;
        counted = (await db.query(
          `SELECT * FROM ${counters}${where}`,
          withEntries ? [] : [`${METHOD_PREFIX}%`],
        )) as typeof counted;
      } catch (error) {
        if (!isMissingTable(error)) throw error; // no counters written yet
      }
      for (const row of counted) {
        const kind = classifyKey(String(row.key));
        if (kind.kind === 'method') {
          const c: Partial<MethodCounters> = {};
          for (const col of COLUMNS) c[FIELD[col]!] = Number(row[col] ?? 0);
          methodCounts.set(kind.id, c);
        } else if (kind.kind === 'meta') {
          const last = row.last_hit_at === null || row.last_hit_at === undefined ? null : Number(row.last_hit_at);
          entryCounts.set(kind.entry, { hits: Number(row.hits), lastHitAt: last });
        }
      }
      return { records, methodCounts, entryCounts };
    },

    async listKeys() {
      const rows = (await db.query(`SELECT key FROM ${keyv} WHERE key LIKE ${p(1)} AND ${isLive(2)}`, [
        `${NAMESPACE}:%`,
        Date.now(),
      ])) as Array<{ key: string }>;
      return rows.map((r) => r.key.slice(NAMESPACE.length + 1));
    },

    async reclaim(now: number) {
      // Keyv drops an expired row only when it is read: rows nobody reads again (unique keys,
      // records, tombstones) go here, a bounded batch per statement
      let removed = 0;
      for (let round = 0; round < RECLAIM_ROUNDS; round++) {
        const rows = (await db.query(
          `SELECT key FROM ${keyv} WHERE key LIKE ${p(1)} AND ${expiry} < ${p(2)} LIMIT ${RECLAIM_BATCH}`,
          [`${NAMESPACE}:%`, now],
        )) as Array<{ key: string }>;
        if (rows.length === 0) break;
        await store.deleteKeys(rows.map((r) => r.key.slice(NAMESPACE.length + 1)));
        removed += rows.length;
        if (rows.length < RECLAIM_BATCH) break;
      }
      await sweepCounters(now);
      return removed;
    },

    async measure(now: number) {
      const [row] = (await db.query(
        `SELECT COUNT(*) AS n, COALESCE(SUM(LENGTH(value)), 0) AS b FROM ${keyv} WHERE key LIKE ${p(1)} AND key NOT LIKE ${p(2)} AND ${isLive(3)}`,
        [`${NAMESPACE}:%`, `${NAMESPACE}:~%`, now],
      )) as Array<{ n: unknown; b: unknown }>;
      return { entries: Number(row?.n ?? 0), bytes: Number(row?.b ?? 0) };
    },

    async deleteKeys(keys: readonly string[]) {
      const counterKeys = keys.filter(
        (k) => k.startsWith('~meta:') || k.startsWith(METHOD_PREFIX) || k.startsWith(COUNT_PREFIX),
      );
      for (const chunk of chunks(keys, 5000)) {
        const names = chunk.map(namespaced);
        if (pg) await db.query(`DELETE FROM ${keyv} WHERE key = ANY($1::text[])`, [names]);
        else
          await db.query(`DELETE FROM ${keyv} WHERE key IN (SELECT value FROM json_each(?))`, [JSON.stringify(names)]);
      }
      for (const chunk of chunks(counterKeys, 5000)) {
        try {
          if (pg) await db.query(`DELETE FROM ${counters} WHERE key = ANY($1::text[])`, [chunk]);
          else
            await db.query(`DELETE FROM ${counters} WHERE key IN (SELECT value FROM json_each(?))`, [
              JSON.stringify(chunk),
            ]);
        } catch (error) {
          if (!isMissingTable(error)) throw error;
        }
      }
    },
  };
  return store;
}

function isMissingTable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return e?.code === '42P01' || (typeof e?.message === 'string' && e.message.includes('no such table'));
}

/**
 * PostgreSQL's CREATE TABLE IF NOT EXISTS racing another session's: a unique violation on the
 * catalog (23505), "relation already exists" (42P07), or "type … already exists" (42710, the
 * table's row type created by the other session first).
 */
function isCreateRace(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === '23505' || code === '42P07' || code === '42710';
}
