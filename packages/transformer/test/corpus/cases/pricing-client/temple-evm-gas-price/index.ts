// origin: madfish-solutions/templewallet-extension@9e716e40165cc8a81a2cc65ff097a958caf4a26c src/lib/temple/back/evm-dapp/utils.ts:213-230 (EIP-1559 support and gas price of an EVM network, memoised per network for 60 s / 1 s)
// category: pricing-client
// decorators: tc39
// expect: clean
// proof: src/lib/temple/back/evm-dapp/utils.ts:224 `async (network: EvmNetworkEssentials) => {`
//
// Both functions read only their `network` argument (RPC URL and chain id, both in the key),
// the constant method-name table and a client built from the argument. The dApp handler
// (src/lib/temple/back/evm-dapp/handlers.ts:231, :324) passes `{ rpcBaseURL, chainId }`.
import { memoize } from 'keyproof';

import { EvmNetworkEssentials, evmRpcMethodsNames, getViemPublicClient } from './evm';

export const networkSupportsEIP1559 = memoize(
  async function networkSupportsEIP1559(network: EvmNetworkEssentials): Promise<boolean> {
    const evmToolkit = getViemPublicClient(network);
    const block = await evmToolkit.getBlock({ includeTransactions: false, blockTag: 'latest' });

    return block.baseFeePerGas !== null;
  },
  { ttl: '60s' }
);

export const getGasPrice = memoize(
  async function getGasPrice(network: EvmNetworkEssentials): Promise<`0x${string}`> {
    const evmToolkit = getViemPublicClient(network);

    return evmToolkit.request({ method: evmRpcMethodsNames.eth_gasPrice });
  },
  { ttl: '1s' }
);

// Reduced from handlers.ts: how a sign-transaction request reaches the memoised reads.
export async function estimateForDApp(rpcBaseURL: string, parsedChainId: number) {
  const eip1559Supported = await networkSupportsEIP1559({ rpcBaseURL, chainId: parsedChainId });

  return {
    gasPrice: await getGasPrice({ rpcBaseURL, chainId: parsedChainId }),
    type: eip1559Supported ? 'eip1559' : 'legacy'
  };
}
