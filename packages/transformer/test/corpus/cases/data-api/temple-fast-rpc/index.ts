// origin: madfish-solutions/templewallet-extension@9e716e40165cc8a81a2cc65ff097a958caf4a26c src/lib/taquito-fast-rpc/index.ts:32-97 (FastRpcClient: RPC reads memoised per block hash and address; the RPC node URL and chain are fields of the client)
// category: data-api
// decorators: tc39
// expect: KP* url
// expect: KP* chain
// proof: src/lib/taquito-fast-rpc/index.ts:94 `normalizer: ([address, opts]) => `${toOptsKey(opts)}${address}`,`
// proof: src/lib/taquito-fast-rpc/index.ts:36 `const cacheKey = makeCachedChainIdKey(this.url, this.chain);`
//
// memoizee kept one cache per client instance, so the node URL and chain (`this.url`,
// `this.chain`, set by RpcClient's constructor) were implicitly part of the key; the author
// keys the persistent chain-id cache on them explicitly (`makeCachedChainIdKey(this.url,
// this.chain)`, line 36). Ported the way the memoizee calls read, with the key
// (address, opts) and nothing for the node: two clients for different networks (mainnet,
// ghostnet) share a keyproof store, so a storage read of one network is served to the other.
// Both fields reach the upstream URL through `super.getStorage` → `this.createURL`.
import { memoize } from 'keyproof';

import { RpcClient, RPCOptions, StorageResponse } from './rpc-client';

interface LatestBlock {
  hash: string;
  /** timestamp */
  refreshedAt: number;
}

/** 1 sec */
const BLOCK_REFRESH_MIN_INTERVAL = 1_000;

export class FastRpcClient extends RpcClient {
  private latestBlock?: LatestBlock;

  async getLiveBlocks(opts?: RPCOptions) {
    opts = await this.withLatestBlock(opts);
    return this.getLiveBlocksMemo(opts);
  }

  @memoize({ ttl: '90s' })
  async getLiveBlocksMemo(opts?: RPCOptions): Promise<string[]> {
    return super.getLiveBlocks(opts);
  }

  async getStorage(address: string, opts?: RPCOptions) {
    opts = await this.withLatestBlock(opts);
    return this.getStorageMemo(address, opts);
  }

  @memoize({ ttl: '90s' })
  async getStorageMemo(address: string, opts?: RPCOptions): Promise<StorageResponse> {
    return super.getStorage(address, opts);
  }

  private async withLatestBlock(opts?: RPCOptions): Promise<RPCOptions | undefined> {
    if (!wantsHead(opts)) return opts;

    const { hash } = await this.loadLatestBlock();

    return { ...opts, block: hash };
  }

  private loadLatestBlock = onlyOncePerExec(async () => {
    const newRefreshedAt = Date.now();
    if (!this.latestBlock || newRefreshedAt - this.latestBlock.refreshedAt > BLOCK_REFRESH_MIN_INTERVAL) {
      const hash = await super.getBlockHash();
      this.latestBlock = { hash, refreshedAt: newRefreshedAt };
    }

    return this.latestBlock;
  });
}

function wantsHead(opts?: RPCOptions) {
  return !opts?.block || opts.block === 'head';
}

function onlyOncePerExec<T>(factory: () => Promise<T>) {
  let worker: Promise<T> | null = null;

  return () =>
    worker ??
    (worker = factory().finally(() => {
      worker = null;
    }));
}
