// origin: madfish-solutions/templewallet-extension@9e716e40165cc8a81a2cc65ff097a958caf4a26c src/lib/apis/temple/metadata.ts:9-101 (token metadata chunks memoised per chain id and slugs; the metadata API base URL comes from env)
// category: data-api
// decorators: tc39
// expect: KP* LOCAL_METADATA_API_URL
// expect: KP* IS_STAGE_ENV|IS_DEV_ENV|NODE_ENV|GITHUB_ACTION_RUN_ENV
// proof: src/lib/apis/temple/metadata.ts:93 `if (LOCAL_METADATA_API_URL) return LOCAL_METADATA_API_URL;`
// proof: src/lib/apis/temple/metadata.ts:99 `if (IS_STAGE_ENV) return `https://metadata-api-${chainName}.stage.madfish.xyz`;`
//
// The memoised chunk fetch is keyed on (chainId, slugs) only (memoizee normalizer
// `${chainId}:${slugs.join()}`), but the request goes to a base URL chosen by
// process.env.LOCAL_METADATA_API_URL and by the stage/prod flag: a stage build and a prod
// build sharing a store would serve each other's metadata. Kept as it is: must fail.
// Reduction: the splicing of ALL_PREDEFINED_METADATAS_RECORD entries into the result and the
// sync per-chain memoisation of the axios instance (`getApi`) are left out.
import { memoize } from 'keyproof';

import axios from './axios';
import { IS_STAGE_ENV } from './env';

const LOCAL_METADATA_API_URL = process.env.LOCAL_METADATA_API_URL;

if (LOCAL_METADATA_API_URL) console.warn(`process.env.LOCAL_METADATA_API_URL found. Will use it for metadata loading.`);

export enum TempleTezosChainId {
  Mainnet = 'NetXdQprcVkpaWU',
  Ghostnet = 'NetXnHfVqm9iesp',
  Dcp = 'NetXooyhiru73tk',
  DcpTest = 'NetXZb3Lz8FsrZx'
}

const API_CHAIN_NAMES = {
  [TempleTezosChainId.Mainnet]: 'mainnet',
  [TempleTezosChainId.Ghostnet]: 'ghostnet',
  [TempleTezosChainId.Dcp]: 'dcp',
  [TempleTezosChainId.DcpTest]: 'dcptest'
};

type MetadataApiChainId = keyof typeof API_CHAIN_NAMES;

export interface TokenMetadataResponse {
  decimals: number;
  symbol?: string;
  name?: string;
  thumbnailUri?: string;
  artifactUri?: string;
  displayUri?: string;
  image?: string;
}

export const METADATA_API_LOAD_CHUNK_SIZE = 50;

export const fetchTokensMetadata = (
  chainId: MetadataApiChainId,
  slugs: string[]
): Promise<(TokenMetadataResponse | null)[]> => {
  if (slugs.length === 0) return Promise.resolve([]);

  const chunks: string[][] = [];
  for (let i = 0; i < slugs.length; i += METADATA_API_LOAD_CHUNK_SIZE) {
    chunks.push(slugs.slice(i, i + METADATA_API_LOAD_CHUNK_SIZE));
  }

  return Promise.all(
    // Parallelizing
    chunks.map(clugsChunk => fetchTokensMetadataChunk(chainId, clugsChunk))
  ).then(datum => datum.flat());
};

// Simply reducing frequency of requests per set of arguments.
const fetchTokensMetadataChunk = memoize(
  async function fetchTokensMetadataChunk(
    chainId: MetadataApiChainId,
    slugs: string[]
  ): Promise<(TokenMetadataResponse | null)[]> {
    const response: { data: (TokenMetadataResponse | null)[] } =
      slugs.length === 0 ? { data: [] } : await getApi(chainId).post('/', slugs);

    return Array.from(response.data);
  },
  { ttl: '10s' }
);

const getApi = (chainId: MetadataApiChainId) => {
  const baseURL = buildApiUrl(chainId);
  return axios.create({ baseURL });
};

const buildApiUrl = (chainId: string) => {
  if (LOCAL_METADATA_API_URL) return LOCAL_METADATA_API_URL;

  const chainName = API_CHAIN_NAMES[chainId as MetadataApiChainId];

  if (!chainName) throw new Error('Unknown Chain ID to Temple Metadata service');

  if (IS_STAGE_ENV) return `https://metadata-api-${chainName}.stage.madfish.xyz`;

  return `https://metadata-api-${chainName}.prod.templewallet.com`;
};
