import type { MethodCounters } from '../records.js';
import {
  COUNTER_FIELDS,
  chunks,
  keyvRowText,
  keyvRowValue,
  type CountBatch,
  type EntryHits,
  type NativeStore,
  type StoredRows,
} from './native-store.js';
import { COUNT_PREFIX, NAMESPACE, classifyKey, metaKey, methodKey } from './store-keys.js';

/**
 * Redis: counters are hashes beside the records, `~count:~method:{id}` and
 * `~count:~meta:{key}`, added to with HINCRBY / HINCRBYFLOAT (pipelined; an entry's hash
 * takes the entry's expiry), one script per batch so a batch lands whole or not at all. Listing
 * is SCAN + MGET, deleting UNLINK.
 */
export interface RedisCommands {
  sendCommand(args: string[]): Promise<unknown>;
}

export interface RedisHandle {
  client(): Promise<RedisCommands>;
  /** The raw key of one of ours: `{adapter prefix}keyproof:{key}`. */
  rawKey(key: string): string;
}

/**
 * One batch, atomically (a script runs alone): ARGV[1] = m method hashes, KEYS[1..m] with one
 * delta per counter field each in ARGV (HINCRBY, HINCRBYFLOAT for money); then pairs of (entry
 * counter hash, the entry record whose expiry it follows) with triples (hits, last hit,
 * expiry or ''). An entry hash without expiry takes the given one, else its record's.
 */
const FIELD_LIST = COUNTER_FIELDS.map((f) => `'${f}'`).join(', ');

const ADD_SCRIPT = `
local m = tonumber(ARGV[1])
local fields = {${FIELD_LIST}}
local a = 2
for i = 1, m do
  for f = 1, #fields do
    local n = ARGV[a]
    a = a + 1
    if tonumber(n) ~= 0 then
      if fields[f] == 'saved' or fields[f] == 'wouldBeSaved' then redis.call('hincrbyfloat', KEYS[i], fields[f], n) else redis.call('hincrby', KEYS[i], fields[f], n) end
    end
  end
end
for i = m + 1, #KEYS, 2 do
  local h = KEYS[i]
  redis.call('hincrby', h, 'hits', ARGV[a])
  local t = tonumber(ARGV[a + 1])
  if t then
    local old = tonumber(redis.call('hget', h, 'lastHitAt'))
    if not old or old < t then redis.call('hset', h, 'lastHitAt', ARGV[a + 1]) end
  end
  if redis.call('pttl', h) == -1 then
    local e = tonumber(ARGV[a + 2])
    if e then redis.call('pexpireat', h, e) else
      local p = redis.call('pttl', KEYS[i + 1])
      if p > 0 then redis.call('pexpire', h, p) end
    end
  end
  a = a + 3
end
return 1`;

const KEYS_PER_MGET = 500;

export function redisNativeStore(redis: RedisHandle): NativeStore {
  const prefix = redis.rawKey('');
  const scan = async function* (client: RedisCommands, match: string): AsyncGenerator<string[]> {
    let cursor = '0';
    do {
      const [next, keys] = (await client.sendCommand(['SCAN', cursor, 'MATCH', match, 'COUNT', '1000'])) as [
        string,
        string[],
      ];
      cursor = String(next);
      yield keys.map(String);
    } while (cursor !== '0');
  };

  return {
    async addCounts(batch: CountBatch) {
      const client = await redis.client();
      const methodKeys: string[] = [];
      const entryKeys: string[] = [];
      const args: string[] = [String(batch.methods.length)];
      for (const { id, delta } of batch.methods) {
        methodKeys.push(redis.rawKey(`${COUNT_PREFIX}${methodKey(id)}`));
        for (const f of COUNTER_FIELDS) args.push(String(delta[f]));
      }
      for (const e of batch.entries) {
        entryKeys.push(redis.rawKey(`${COUNT_PREFIX}${metaKey(e.key)}`), redis.rawKey(metaKey(e.key)));
        args.push(
          String(e.hits),
          e.lastHitAt === null ? '' : String(e.lastHitAt),
          e.expiresAt == null ? '' : String(e.expiresAt),
        );
      }
      const keys = [...methodKeys, ...entryKeys];
      await client.sendCommand(['EVAL', ADD_SCRIPT, String(keys.length), ...keys, ...args]);
    },

    async writeRecords(records) {
      const client = await redis.client();
      const now = Date.now();
      // issued in one tick: the client pipelines them
      await Promise.all(
        records.map((r) => {
          const args = ['SET', redis.rawKey(r.key), keyvRowText(r.value, r.ttlMs, now)];
          if (r.ttlMs !== undefined) args.push('PX', String(Math.max(1, Math.round(r.ttlMs))));
          return client.sendCommand(args);
        }),
      );
    },

    async readRows(withEntries: boolean): Promise<StoredRows> {
      const client = await redis.client();
      const now = Date.now();
      const recordKeys: string[] = [];
      const countKeys: string[] = [];
      for await (const keys of scan(client, `${prefix}~*`)) {
        for (const raw of keys) {
          const key = raw.slice(prefix.length);
          const kind = classifyKey(key);
          if (kind.kind === 'method' || (withEntries && kind.kind === 'meta')) recordKeys.push(key);
          else if (kind.kind === 'count') {
            const of = classifyKey(kind.of).kind;
            if (of === 'method' || (withEntries && of === 'meta')) countKeys.push(key);
          }
        }
      }
      const records: Array<[string, unknown]> = [];
      for (const chunk of chunks(recordKeys, KEYS_PER_MGET)) {
        const values = (await client.sendCommand(['MGET', ...chunk.map((k) => redis.rawKey(k))])) as unknown[];
        chunk.forEach((key, i) => {
          if (values[i] === null || values[i] === undefined) return; // gone since the scan
          const read = keyvRowValue(String(values[i]), now);
          if (read) records.push([key, read.value]);
        });
      }
      const methodCounts = new Map<string, Partial<MethodCounters>>();
      const entryCounts = new Map<string, EntryHits>();
      for (const chunk of chunks(countKeys, 1000)) {
        const hashes = await Promise.all(chunk.map((k) => client.sendCommand(['HGETALL', redis.rawKey(k)])));
        chunk.forEach((key, i) => {
          const fields = hashFields(hashes[i]);
          const of = classifyKey(key.slice(COUNT_PREFIX.length));
          if (of.kind === 'method') {
            const c: Partial<MethodCounters> = {};
            for (const f of COUNTER_FIELDS) c[f] = Number(fields[f] ?? 0);
            methodCounts.set(of.id, c);
          } else if (of.kind === 'meta') {
            entryCounts.set(of.entry, {
              hits: Number(fields.hits ?? 0),
              lastHitAt: fields.lastHitAt ? Number(fields.lastHitAt) : null,
            });
          }
        });
      }
      return { records, methodCounts, entryCounts };
    },

    async listKeys() {
      const client = await redis.client();
      const out: string[] = [];
      for await (const keys of scan(client, `${prefix}*`)) for (const raw of keys) out.push(raw.slice(prefix.length));
      return out;
    },

    async reclaim() {
      return 0; // Redis expires keys itself: entries, records and tombstones all carry a TTL
    },

    async measure() {
      const client = await redis.client();
      let entries = 0;
      let bytes = 0;
      for await (const keys of scan(client, `${prefix}*`)) {
        const ours = keys.filter((raw) => classifyKey(raw.slice(prefix.length)).kind === 'entry');
        entries += ours.length;
        const sizes = await Promise.all(ours.map((raw) => client.sendCommand(['STRLEN', raw])));
        for (const n of sizes) bytes += Number(n) || 0;
      }
      return { entries, bytes };
    },

    async deleteKeys(keys: readonly string[]) {
      const client = await redis.client();
      const raw: string[] = [];
      for (const k of keys) {
        raw.push(redis.rawKey(k));
        const kind = classifyKey(k).kind;
        if (kind === 'meta' || kind === 'method') raw.push(redis.rawKey(`${COUNT_PREFIX}${k}`));
      }
      await Promise.all(chunks(raw, 1000).map((chunk) => client.sendCommand(['UNLINK', ...chunk])));
    },
  };
}

function hashFields(reply: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(reply)) {
    for (let i = 0; i + 1 < reply.length; i += 2) out[String(reply[i])] = String(reply[i + 1]);
  } else if (reply instanceof Map) {
    for (const [k, v] of reply) out[String(k)] = String(v);
  } else if (reply && typeof reply === 'object') {
    for (const [k, v] of Object.entries(reply)) out[k] = String(v);
  }
  return out;
}

/** The raw Redis key form @keyv/redis uses for a Keyv key: `{namespace}{separator}keyproof:{key}`. */
export function redisRawKey(
  store: { namespace?: string; createKeyPrefix?(key: string, namespace: string | undefined): string },
  key: string,
): string {
  const keyvKey = `${NAMESPACE}:${key}`;
  return store.createKeyPrefix ? store.createKeyPrefix(keyvKey, store.namespace) : `${NAMESPACE}::${keyvKey}`;
}
