// The part of viem the port uses (a local stand-in for the third-party client).
export interface Transport {
  url: string;
}
export interface ChainLike {
  id: number;
  name: string;
  nativeCurrency: { name: string; symbol: string; decimals: number };
  rpcUrls: { default: { http: readonly string[] } };
}
export interface Block {
  hash: string | null;
  number: bigint | null;
  baseFeePerGas: bigint | null;
}
export interface PublicClient {
  getBlock(args: { includeTransactions: false; blockTag: 'latest' | 'pending' }): Promise<Block>;
  request(args: { method: 'eth_gasPrice' | 'eth_chainId' }): Promise<`0x${string}`>;
}
export declare function http(url?: string): Transport;
export declare function createPublicClient(config: { chain: ChainLike; transport: Transport }): PublicClient;
