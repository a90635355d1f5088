import type Keyv from 'keyv';
import { backendOf, warnIfOther } from './backend.js';
import { keyvNativeStore } from './keyv-native-store.js';
import type { NativeStore } from './native-store.js';
import { redisNativeStore, redisRawKey, type RedisCommands } from './redis-native-store.js';
import { sqlNativeStore } from './sql-native-store.js';

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
  const backend = backendOf(keyv);
  if (backend.kind === 'redis') {
    const { store } = backend;
    const cluster = store.isCluster?.() === true;
    type Client = { sendCommand(...args: unknown[]): Promise<unknown> };
    return redisNativeStore({
      cluster,
      // node-redis: a cluster routes by the key it is given (not read-only: replicas may lag)
      send: async (key, args) => {
        const client = (await store.getClient()) as Client;
        return cluster ? client.sendCommand(key, false, args) : client.sendCommand(args);
      },
      masters: async () =>
        cluster && store.getMasterNodes
          ? ((await store.getMasterNodes()) as RedisCommands[])
          : [(await store.getClient()) as RedisCommands],
      rawKey: (key) => redisRawKey(store, key),
    });
  }
  if (backend.kind === 'sqlite' || backend.kind === 'postgres') {
    const query = backend.store.query.bind(backend.store);
    const pg = backend.kind === 'postgres';
    return sqlNativeStore({
      dialect: backend.kind,
      table: backend.store.opts.table ?? 'keyv',
      schema: pg ? `${backend.store.opts.schema ?? 'public'}.` : '',
      // @keyv/postgres takes the parameters as one array, @keyv/sqlite as a rest list
      query: (sql, params) => (pg ? query(sql, params) : query(sql, ...params)),
    });
  }
  if (backend.kind === 'other') warnIfOther(keyv);
  return keyvNativeStore(keyv);
}
