import type { MethodCounters } from '../records.js';
import { dropConnections, type NetworkClient } from './adapter-client.js';
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
import { COUNT_PREFIX, NAMESPACE, classifyKey, metaKey, methodKey, slotTagged, slotUntagged } from './store-keys.js';

/**
 * Redis: counters are hashes beside the records, `~count:~method:{id}` and
 * `~count:~meta:{key}`, added to with HINCRBY / HINCRBYFLOAT (pipelined; an entry's hash
 * takes the entry's expiry), one script per batch so a batch lands whole or not at all. Listing
 * is SCAN + MGET, deleting UNLINK.
 *
 * Redis Cluster: no command spans two slots. An entry's keys share one by their hash tag
 * (`slotTagged`), so its counter script still runs whole; each method's counters are a script of
 * their own; MGET and UNLINK become one command per key (node-redis pipelines them per node);
 * SCAN runs on every master.
 */
export interface RedisCommands {
  sendCommand(args: string[]): Promise<unknown>;
}

export interface RedisHandle {
  /** One command; on a cluster, `key` (a raw key it touches) routes it to that key's node. */
  send(key: string, args: string[]): Promise<unknown>;
  /** A connection to each master, where SCAN runs; the one client without a cluster. */
  masters(): Promise<RedisCommands[]>;
  /** On a cluster, a command never touches keys of two slots. */
  readonly cluster: boolean;
  /** The raw key of one of ours: `{adapter prefix}keyproof:{key}` (slot-tagged on a cluster). */
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
  /** Our keys matching `match` (after the prefix), on every master, in keyproof's own form. */
  const scan = async function* (match: string): AsyncGenerator<string[]> {
    for (const node of await redis.masters()) {
      let cursor = '0';
      do {
        const [next, keys] = (await node.sendCommand([
          'SCAN',
          cursor,
          'MATCH',
          `${prefix}${match}`,
          'COUNT',
          '1000',
        ])) as [string, string[]];
        cursor = String(next);
        yield keys.map((raw) => slotUntagged(String(raw).slice(prefix.length)));
      } while (cursor !== '0');
    }
  };
  /** The raw values of `keys` (our keys), in order: one MGET per chunk, or one GET per key on a cluster. */
  const values = async (keys: readonly string[]): Promise<unknown[]> => {
    const raw = keys.map((k) => redis.rawKey(k));
    if (redis.cluster) return Promise.all(raw.map((k) => redis.send(k, ['GET', k])));
    return (await redis.send(raw[0]!, ['MGET', ...raw])) as unknown[];
  };

  return {
    async addCounts(batch: CountBatch) {
      // one unit per method hash and per entry (its hash, and the record whose expiry it follows)
      const units: Array<{ keys: string[]; methods: number; args: string[] }> = [];
      for (const { id, delta } of batch.methods) {
        const args = COUNTER_FIELDS.map((f) => String(delta[f]));
        units.push({ keys: [redis.rawKey(`${COUNT_PREFIX}${methodKey(id)}`)], methods: 1, args });
      }
      for (const e of batch.entries) {
        units.push({
          keys: [redis.rawKey(`${COUNT_PREFIX}${metaKey(e.key)}`), redis.rawKey(metaKey(e.key))],
          methods: 0,
          args: [
            String(e.hits),
            e.lastHitAt === null ? '' : String(e.lastHitAt),
            e.expiresAt == null ? '' : String(e.expiresAt),
          ],
        });
      }
      // one script for the batch; on a cluster one per unit (each unit's keys share a slot)
      const scripts = redis.cluster ? units.map((u) => [u]) : [units];
      await Promise.all(
        scripts.map((part) => {
          const methods = part.reduce((n, u) => n + u.methods, 0);
          // the script reads method hashes first, then entry pairs
          const ordered = [...part.filter((u) => u.methods > 0), ...part.filter((u) => u.methods === 0)];
          const args = [String(methods), ...ordered.flatMap((u) => u.args)];
          const orderedKeys = ordered.flatMap((u) => u.keys);
          return redis.send(orderedKeys[0]!, ['EVAL', ADD_SCRIPT, String(orderedKeys.length), ...orderedKeys, ...args]);
        }),
      );
    },

    async writeRecords(records) {
      const now = Date.now();
      // issued in one tick: the client pipelines them
      await Promise.all(
        records.map((r) => {
          const raw = redis.rawKey(r.key);
          const args = ['SET', raw, keyvRowText(r.value, r.ttlMs, now)];
          if (r.ttlMs !== undefined) args.push('PX', String(Math.max(1, Math.round(r.ttlMs))));
          return redis.send(raw, args);
        }),
      );
    },

    async readRows(withEntries: boolean): Promise<StoredRows> {
      const now = Date.now();
      const recordKeys: string[] = [];
      const countKeys: string[] = [];
      for await (const keys of scan('~*')) {
        for (const key of keys) {
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
        const read = await values(chunk);
        chunk.forEach((key, i) => {
          if (read[i] === null || read[i] === undefined) return; // gone since the scan
          const row = keyvRowValue(String(read[i]), now);
          if (row) records.push([key, row.value]);
        });
      }
      const methodCounts = new Map<string, Partial<MethodCounters>>();
      const entryCounts = new Map<string, EntryHits>();
      for (const chunk of chunks(countKeys, 1000)) {
        const hashes = await Promise.all(
          chunk.map((k) => {
            const raw = redis.rawKey(k);
            return redis.send(raw, ['HGETALL', raw]);
          }),
        );
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
      const out: string[] = [];
      for await (const keys of scan('*')) out.push(...keys);
      return out;
    },

    async reclaim() {
      return 0; // Redis expires keys itself: entries, records and tombstones all carry a TTL
    },

    async measure() {
      let entries = 0;
      let bytes = 0;
      for await (const keys of scan('*')) {
        const ours = keys.filter((key) => classifyKey(key).kind === 'entry').map((key) => redis.rawKey(key));
        entries += ours.length;
        const sizes = await Promise.all(ours.map((raw) => redis.send(raw, ['STRLEN', raw])));
        for (const n of sizes) bytes += Number(n) || 0;
      }
      return { entries, bytes };
    },

    async deleteKeys(keys: readonly string[]) {
      const raw: string[] = [];
      for (const k of keys) {
        raw.push(redis.rawKey(k));
        const kind = classifyKey(k).kind;
        if (kind === 'meta' || kind === 'method') raw.push(redis.rawKey(`${COUNT_PREFIX}${k}`));
      }
      const commands = redis.cluster ? raw.map((k) => [k]) : chunks(raw, 1000);
      await Promise.all(commands.map((part) => redis.send(part[0]!, ['UNLINK', ...part])));
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

interface ClusterAdapter {
  namespace?: string;
  createKeyPrefix?(key: string, namespace: string | undefined): string;
  getClient(): Promise<unknown>;
  /** @keyv/redis: the node-redis client; setting it adopts a new one. */
  client?: ClusterClient;
}

/** What keyproof uses of node-redis's cluster client. */
interface ClusterClient extends NetworkClient {
  readonly isOpen?: boolean;
  /** A new, unconnected cluster client with the same options. */
  duplicate?(): ClusterClient;
}

/** For each prepared cluster adapter: mark its connection to be renewed at the next use. */
const renewals = new WeakMap<object, () => void>();

/**
 * A @keyv/redis adapter on a Redis Cluster, made ready for keyproof once, before anything is
 * read or written through it:
 * - every key of ours is built slot-tagged (`slotTagged`): Keyv's own reads and writes through
 *   the adapter, and the lease's and counters' raw keys, which come from the same `createKeyPrefix`;
 * - callers that find the cluster unconnected share one connect. node-redis marks a cluster open
 *   before it has learnt the slots, and `getClient()` hands it out then: a second caller's
 *   command would find no node for its slot;
 * - after an operation on a store keyproof opened failed (`renewAfterFailure`), the next caller
 *   connects a fresh cluster client (`duplicate()`, the same options), which learns the slots
 *   again. keyproof's clients do not reconnect by themselves (a reconnect loop keeps a finished
 *   process alive), and node-redis keeps handing out the closed client of a node it lost: without
 *   this, a node that restarts, or whose slots moved to a replica, would never be reached again.
 *   A client the application passed in is its own: never replaced.
 */
export function prepareCluster(store: ClusterAdapter): void {
  if (renewals.has(store) || !store.createKeyPrefix) return;
  const ownPrefix = store.createKeyPrefix.bind(store);
  store.createKeyPrefix = (key, namespace) => ownPrefix(slotTagged(key), namespace);
  const ownClient = store.getClient.bind(store);
  let renew = false;
  renewals.set(store, () => {
    renew = true;
  });
  let connecting: Promise<unknown> | undefined;
  store.getClient = () => {
    const cluster = store.client;
    if (!connecting && !renew && cluster?.isOpen === true) return Promise.resolve(cluster);
    connecting ??= (async () => {
      const fresh = renew && cluster?.isOpen === true ? cluster.duplicate?.() : undefined;
      if (fresh && cluster) {
        store.client = fresh;
        dropConnections(cluster); // node by node: its own destroy() stops at a node already closed
      }
      renew = false;
      return ownClient();
    })().finally(() => {
      connecting = undefined;
    });
    return connecting;
  };
}

/** An operation on `store` failed: a cluster adapter connects afresh at its next use (see `prepareCluster`). */
export function renewAfterFailure(store: unknown): void {
  if (typeof store === 'object' && store !== null) renewals.get(store)?.();
}
