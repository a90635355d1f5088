import type { MethodCounters } from '../records.js';
import { COUNTER_FIELDS, chunks, keyvRowValue, type CountBatch, type EntryHits, type NativeStore, type StoredRows } from './native-store.js';
import { COUNT_PREFIX, NAMESPACE, classifyKey, metaKey, methodKey } from './store-keys.js';

/**
 * Redis: counters are hashes beside the records, `~count:~method:{id}` and
 * `~count:~meta:{key}`, added to with HINCRBY / HINCRBYFLOAT (pipelined; an entry's hash
 * takes the entry's expiry in the same script). Listing is SCAN + MGET, deleting UNLINK.
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
 * KEYS: pairs of (counter hash, the entry record whose expiry it follows); ARGV: triples of
 * (hits, last hit, expiry or ''). A hash without expiry takes the given one, else the record's.
 */
const ENTRY_HITS_SCRIPT = `
for i = 1, #KEYS, 2 do
  local j = (i - 1) / 2 * 3
  local h = KEYS[i]
  redis.call('hincrby', h, 'hits', ARGV[j + 1])
  local t = tonumber(ARGV[j + 2])
  if t then
    local old = tonumber(redis.call('hget', h, 'lastHitAt'))
    if not old or old < t then redis.call('hset', h, 'lastHitAt', ARGV[j + 2]) end
  end
  if redis.call('pttl', h) == -1 then
    local e = tonumber(ARGV[j + 3])
    if e then redis.call('pexpireat', h, e) else
      local p = redis.call('pttl', KEYS[i + 1])
      if p > 0 then redis.call('pexpire', h, p) end
    end
  end
end
return 1`;

const ENTRIES_PER_SCRIPT = 200;
const KEYS_PER_MGET = 500;

export function redisNativeStore(redis: RedisHandle): NativeStore {
  const prefix = redis.rawKey('');
  const scan = async function* (client: RedisCommands, match: string): AsyncGenerator<string[]> {
    let cursor = '0';
    do {
      const [next, keys] = (await client.sendCommand(['SCAN', cursor, 'MATCH', match, 'COUNT', '1000'])) as [string, string[]];
      cursor = String(next);
      yield keys.map(String);
    } while (cursor !== '0');
  };

  return {
    async addCounts(batch: CountBatch) {
      const client = await redis.client();
      const sent: Array<Promise<unknown>> = [];
      for (const { id, delta } of batch.methods) {
        const hash = redis.rawKey(`${COUNT_PREFIX}${methodKey(id)}`);
        for (const field of COUNTER_FIELDS) {
          const n = delta[field];
          if (n === 0) continue;
          sent.push(client.sendCommand(field === 'saved' ? ['HINCRBYFLOAT', hash, field, String(n)] : ['HINCRBY', hash, field, String(n)]));
        }
      }
      for (const chunk of chunks(batch.entries, ENTRIES_PER_SCRIPT)) {
        const keys: string[] = [];
        const args: string[] = [];
        for (const e of chunk) {
          keys.push(redis.rawKey(`${COUNT_PREFIX}${metaKey(e.key)}`), redis.rawKey(metaKey(e.key)));
          args.push(String(e.hits), e.lastHitAt === null ? '' : String(e.lastHitAt), e.expiresAt == null ? '' : String(e.expiresAt));
        }
        sent.push(client.sendCommand(['EVAL', ENTRY_HITS_SCRIPT, String(keys.length), ...keys, ...args]));
      }
      // issued in one tick: the client pipelines them; every one must land
      await Promise.all(sent);
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
            entryCounts.set(of.entry, { hits: Number(fields.hits ?? 0), lastHitAt: fields.lastHitAt ? Number(fields.lastHitAt) : null });
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
export function redisRawKey(store: { namespace?: string; createKeyPrefix?(key: string, namespace: string | undefined): string }, key: string): string {
  const keyvKey = `${NAMESPACE}:${key}`;
  return store.createKeyPrefix ? store.createKeyPrefix(keyvKey, store.namespace) : `${NAMESPACE}::${keyvKey}`;
}
