// Reduced from src/temple/evm/index.ts and src/temple/evm/constants.ts: a viem public client per
// network (the original memoizes the instance per network in process with memoizee; the
// multicall batch options and the known-chain lookup are left out).
import { createPublicClient, http, PublicClient } from './viem';

export interface EvmNetworkEssentials {
  rpcBaseURL: string;
  chainId: number;
}

// Enum doesn't always work as expected in TypeScript
export const evmRpcMethodsNames = {
  eth_chainId: 'eth_chainId',
  eth_gasPrice: 'eth_gasPrice'
} as const;

export const getViemPublicClient = (network: EvmNetworkEssentials): PublicClient =>
  createPublicClient({
    chain: {
      id: network.chainId,
      name: 'Unknown chain',
      nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
      rpcUrls: { default: { http: [network.rpcBaseURL] } }
    },
    transport: http(network.rpcBaseURL)
  });
