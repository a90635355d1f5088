import type Keyv from 'keyv';

/**
 * The one place keyproof touches a Keyv adapter's own network client (node-redis, for Redis and
 * Redis Cluster): to let it not keep a finished process alive, and to drop it when a stalled
 * server never answers a polite close. Stores without such a client (SQLite; PostgreSQL's pool,
 * which lets an idle process exit) need neither.
 */

/** node-redis's client: one connection; or a cluster client, with one connection per node. */
export interface NetworkClient {
  ref?(): void;
  unref?(): void;
  destroy?(): unknown;
  /** node-redis: detaches and returns its socket wrapper (whose `destroySocket()` closes it whatever state the client is in). */
  _ejectSocket?(): { destroySocket?: () => void } | null | undefined;
  /** A cluster client's nodes by address, each with its client once connected. */
  readonly nodeByAddress?: Map<string, { readonly client?: NetworkClient }>;
}

function clientOf(keyv: Keyv): NetworkClient | undefined {
  return (keyv.store as { client?: NetworkClient } | undefined)?.client;
}

function quietly(f: () => unknown): void {
  try {
    f();
  } catch {
    // closed already, or no socket left
  }
}

/** The connections of a client: a cluster's node clients, or the client itself. */
function connections(client: NetworkClient): NetworkClient[] {
  if (client.nodeByAddress instanceof Map)
    return [...client.nodeByAddress.values()].flatMap((node) => (node.client ? [node.client] : []));
  return [client];
}

/**
 * (Un)referencing the adapter's connections, or undefined for a store without them. A single
 * client is kept (this runs around every store operation); a cluster's are read at each use: its
 * nodes change, and its client may be replaced by a fresh one (`prepareCluster`).
 */
export function referencing(keyv: Keyv): { ref(): void; unref(): void } | undefined {
  const first = clientOf(keyv);
  if (first === undefined || (first.nodeByAddress === undefined && typeof first.unref !== 'function')) return undefined;
  if (first.nodeByAddress === undefined)
    return { ref: () => quietly(() => first.ref?.()), unref: () => quietly(() => first.unref?.()) };
  const each = (f: (c: NetworkClient) => void) => {
    const client = clientOf(keyv);
    if (client) for (const c of connections(client)) quietly(() => f(c));
  };
  return { ref: () => each((c) => c.ref?.()), unref: () => each((c) => c.unref?.()) };
}

/**
 * Close every connection of `client` at once, each on its own. node-redis's `destroy()` refuses
 * a client whose polite `close()` is already waiting for replies that never come (marked closed,
 * its socket still open): then the socket is taken from the client and destroyed. A cluster's
 * own `destroy()` stops at the first node already closed, so its nodes are closed one by one.
 */
export function dropConnections(client: NetworkClient): void {
  for (const c of connections(client)) {
    try {
      c.destroy?.();
    } catch {
      quietly(() => c._ejectSocket?.()?.destroySocket?.());
    }
  }
}

/** Drop a stalled store's connection at once: the client's connections, else the adapter's forced disconnect. */
export function destroyConnection(keyv: Keyv): void {
  const client = clientOf(keyv);
  if (client && (typeof client.destroy === 'function' || client.nodeByAddress instanceof Map)) {
    dropConnections(client);
    return;
  }
  const store = keyv.store as { disconnect?: (force?: boolean) => Promise<void> } | undefined;
  void Promise.resolve(store?.disconnect?.(true)).catch(() => {});
}
