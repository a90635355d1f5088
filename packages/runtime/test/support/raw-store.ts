/**
 * Write a row straight into a real store, under Keyv and keyproof: what a foreign writer, a
 * truncated write or a newer keyproof leaves behind.
 */
import type Keyv from 'keyv';
import { redisRawKey } from '../../src/store/redis-native-store.js';
import { NAMESPACE } from '../../src/store/store-keys.js';

interface SqlStore {
  query(sql: string, ...params: unknown[]): Promise<unknown>;
  opts: { dialect?: string };
}
interface RedisStore {
  client: { set(key: string, value: string): Promise<unknown> };
  namespace?: string;
  createKeyPrefix?(key: string, namespace: string | undefined): string;
}

/** The key under Keyv's namespace (what the store classes take) of a key as events and `keyOf` show it. */
export function entryOf(shown: string): string {
  if (!shown.startsWith(`${NAMESPACE}:`)) throw new Error(`not a keyproof key as events show it: ${shown}`);
  return shown.slice(NAMESPACE.length + 1);
}

/** Replace the stored row of a keyproof key (under Keyv's namespace: `entryOf(event.key)`) with `text`, byte for byte. */
export async function writeRawRow(keyv: Keyv, key: string, text: string): Promise<void> {
  const store = keyv.store as Partial<SqlStore & RedisStore> & { opts?: { dialect?: string } };
  const dialect = store.opts?.dialect;
  const keyvKey = `${NAMESPACE}:${key}`;
  if (dialect === 'redis') {
    await store.client!.set(redisRawKey(store, key), text); // slot-tagged on a cluster
  } else if (dialect === 'postgres') {
    await store.query!('UPDATE keyv SET value = $1 WHERE key = $2', [text, keyvKey]);
  } else if (dialect === 'sqlite') {
    await store.query!('UPDATE keyv SET value = ? WHERE key = ?', text, keyvKey);
  } else {
    // memory: Keyv's Map holds records as objects (keyproof's memory store serialises nothing)
    let record: unknown = text;
    try {
      record = JSON.parse(text);
    } catch {
      // not a record at all: stored as the bare text
    }
    (store as unknown as Map<string, unknown>).set(keyvKey, record);
  }
}
