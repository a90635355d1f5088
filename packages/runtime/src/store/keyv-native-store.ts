import type Keyv from 'keyv';
import { StoreConfigError } from '../errors.js';
import type { MethodCounters } from '../records.js';
import {
  COUNTER_FIELDS,
  MalformedRow,
  type CountBatch,
  type EntryHits,
  type NativeStore,
  type StoredRows,
} from './native-store.js';
import { COUNT_PREFIX, classifyKey, metaKey, methodKey } from './store-keys.js';
import { MemoryStore } from './memory-store.js';
import { UnreadableRecord } from './unreadable-record.js';

/**
 * Any other Keyv store (memory://, a Keyv instance with an adapter keyproof does not know):
 * counters are Keyv records `~count:…`, read, added to and written back. Exact within one
 * process (flushes never overlap); processes sharing such a store may lose increments, which
 * is why SQLite, Redis and PostgreSQL count natively.
 */
export function keyvNativeStore(keyv: Keyv): NativeStore {
  const iterate = async function* (): AsyncGenerator<[string, unknown]> {
    if (!keyv.iterator) throw new StoreConfigError('this Keyv store cannot be listed (its adapter has no iterator)');
    for await (const [key, value] of keyv.iterator(undefined) as AsyncGenerator<[string, unknown]>) yield [key, value];
  };
  const addTo = async (key: string, delta: Record<string, number>, ttlMs?: number) => {
    const old = await keyv.get<Record<string, unknown>>(key);
    const next: Record<string, unknown> =
      old && typeof old === 'object' && !(old instanceof UnreadableRecord) ? { ...old } : {};
    for (const [k, n] of Object.entries(delta))
      next[k] = k === 'lastHitAt' ? Math.max(Number(next[k] ?? 0), n) : Number(next[k] ?? 0) + n;
    await keyv.set(key, next, ttlMs);
  };
  return {
    async addCounts(batch: CountBatch) {
      const now = Date.now();
      for (const { id, delta } of batch.methods) {
        const d: Record<string, number> = {};
        for (const f of COUNTER_FIELDS) d[f] = delta[f];
        await addTo(`${COUNT_PREFIX}${methodKey(id)}`, d);
      }
      for (const e of batch.entries) {
        const ttl = e.expiresAt == null ? undefined : Math.max(1, e.expiresAt - now);
        await addTo(
          `${COUNT_PREFIX}${metaKey(e.key)}`,
          { hits: e.hits, ...(e.lastHitAt === null ? {} : { lastHitAt: e.lastHitAt }) },
          ttl,
        );
      }
    },

    async writeRecords(records) {
      for (const r of records) await keyv.set(r.key, r.value, r.ttlMs);
    },

    async readRows(withEntries: boolean): Promise<StoredRows> {
      const records: Array<[string, unknown]> = [];
      const methodCounts = new Map<string, Partial<MethodCounters>>();
      const entryCounts = new Map<string, EntryHits>();
      for await (const [key, value] of iterate()) {
        const kind = classifyKey(key);
        const read = value instanceof UnreadableRecord ? new MalformedRow(value.reason) : value;
        if (kind.kind === 'method' || (withEntries && kind.kind === 'meta')) records.push([key, read]);
        if (kind.kind !== 'count' || typeof value !== 'object' || value === null) continue;
        const of = classifyKey(kind.of);
        const v = value as Record<string, unknown>;
        if (of.kind === 'method') {
          const c: Partial<MethodCounters> = {};
          for (const f of COUNTER_FIELDS) c[f] = Number(v[f] ?? 0);
          methodCounts.set(of.id, c);
        } else if (of.kind === 'meta' && withEntries) {
          entryCounts.set(of.entry, { hits: Number(v.hits ?? 0), lastHitAt: v.lastHitAt ? Number(v.lastHitAt) : null });
        }
      }
      return { records, methodCounts, entryCounts };
    },

    async listKeys() {
      const out: string[] = [];
      for await (const [key] of iterate()) out.push(key);
      return out;
    },

    async reclaim(now: number) {
      if (keyv.store instanceof MemoryStore) return keyv.store.sweep(now);
      // another Keyv store: listing it makes Keyv drop the expired rows it meets (uncounted)
      const rows = iterate();
      while (!(await rows.next()).done) {
        // Keyv deletes each expired row as it passes it
      }
      return 0;
    },

    async measure(now: number) {
      if (keyv.store instanceof MemoryStore) {
        keyv.store.sweep(now);
        return keyv.store.measure();
      }
      let entries = 0;
      let bytes = 0;
      for await (const [key, value] of iterate()) {
        if (classifyKey(key).kind !== 'entry') continue;
        entries++;
        if (typeof value === 'string') bytes += value.length;
      }
      return { entries, bytes };
    },

    async deleteKeys(keys: readonly string[]) {
      const all: string[] = [];
      for (const k of keys) {
        all.push(k);
        const kind = classifyKey(k).kind;
        if (kind === 'meta' || kind === 'method') all.push(`${COUNT_PREFIX}${k}`);
      }
      if (all.length > 0) await keyv.deleteMany(all);
    },
  };
}
