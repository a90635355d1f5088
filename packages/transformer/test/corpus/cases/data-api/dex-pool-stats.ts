// origin: shape of a DEX analytics client (pool stats by chain id and pool address, block tag defaulting to 'latest', subgraph queries in the original)
// category: data-api
// decorators: tc39
// expect: clean
import { memoize } from 'keyproof';

export interface PoolStats { chainId: number; pool: string; tvlUsd: number; volume24hUsd: number; feeTier: number }
interface Subgraph { query<T>(chainId: number, gql: string, vars: Record<string, unknown>): Promise<T> }

const POOL_QUERY = `query Pool($id: ID!, $block: Block_height) { pool(id: $id, block: $block) { totalValueLockedUSD volumeUSD feeTier } }`;

export class DexAnalytics {
  constructor(private readonly subgraph: Subgraph) {}

  @memoize({ ttl: '30s' })
  async poolStats(chainId: number, poolAddress: string, blockTag: number | 'latest' = 'latest'): Promise<PoolStats> {
    const vars = { id: poolAddress.toLowerCase(), ...(blockTag === 'latest' ? {} : { block: { number: blockTag } }) };
    const { pool } = await this.subgraph.query<{ pool: { totalValueLockedUSD: string; volumeUSD: string; feeTier: string } }>(chainId, POOL_QUERY, vars);
    return { chainId, pool: poolAddress, tvlUsd: Number(pool.totalValueLockedUSD), volume24hUsd: Number(pool.volumeUSD), feeTier: Number(pool.feeTier) };
  }
}
