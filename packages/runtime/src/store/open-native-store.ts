import type Keyv from 'keyv';
import { keyvNativeStore } from './keyv-native-store.js';
import type { NativeStore } from './native-store.js';
import { redisNativeStore, redisRawKey, type RedisCommands } from './redis-native-store.js';
import { sqlNativeStore } from './sql-native-store.js';

interface AdapterShape {
  opts?: { dialect?: string; table?: string; schema?: string };
  query?: (sql: string, ...params: unknown[]) => Promise<unknown[]>;
  getClient?: () => Promise<RedisCommands>;
  namespace?: string;
  createKeyPrefix?(key: string, namespace: string | undefined): string;
}

const opened = new WeakMap<Keyv, NativeStore>();

/** The native side of a Keyv store: its adapter's own client where keyproof knows it, else Keyv itself. */
export function nativeStore(keyv: Keyv): NativeStore {
  let native = opened.get(keyv);
  if (!native) {
    native = create(keyv);
    opened.set(keyv, native);
  }
  return native;
}

function create(keyv: Keyv): NativeStore {
  const store = keyv.store as AdapterShape | undefined;
  const dialect = store?.opts?.dialect;
  if (store && dialect === 'redis' && typeof store.getClient === 'function') {
    return redisNativeStore({ client: () => store.getClient!(), rawKey: (key) => redisRawKey(store, key) });
  }
  if (store && (dialect === 'sqlite' || dialect === 'postgres') && typeof store.query === 'function') {
    const query = store.query.bind(store);
    const pg = dialect === 'postgres';
    return sqlNativeStore({
      dialect,
      table: store.opts?.table ?? 'keyv',
      schema: pg ? `${store.opts?.schema ?? 'public'}.` : '',
      // @keyv/postgres takes the parameters as one array, @keyv/sqlite as a rest list
      query: (sql, params) => (pg ? query(sql, params) : query(sql, ...params)),
    });
  }
  return keyvNativeStore(keyv);
}
