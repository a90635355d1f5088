// Reduced from @taquito/rpc (ecadlabs/taquito packages/taquito-rpc/src/taquito-rpc.ts), the
// base class FastRpcClient extends: what the memoised calls run.
export interface HttpRequestOptions {
  url: string;
  method?: 'GET' | 'POST';
  query?: Record<string, unknown>;
}

export class HttpBackend {
  constructor(private timeout: number = 30000) {}

  async createRequest<T>(options: HttpRequestOptions, data?: object | string): Promise<T> {
    const response = await fetch(options.url, {
      method: options.method ?? 'GET',
      body: data === undefined ? undefined : JSON.stringify(data),
      signal: AbortSignal.timeout(this.timeout)
    });
    return (await response.json()) as T;
  }
}

export interface RPCOptions {
  block: string;
  version?: '0' | '1';
}

export const defaultChain = 'main';
export const defaultRPCOptions: RPCOptions = { block: 'head' };

export type MichelsonV1Expression = { prim: string; args?: MichelsonV1Expression[] } | { int: string } | { string: string } | { bytes: string } | MichelsonV1Expression[];
export type StorageResponse = MichelsonV1Expression;

export class RpcClient {
  constructor(
    protected url: string,
    protected chain: string = defaultChain,
    httpBackend?: HttpBackend
  ) {
    this.httpBackend = httpBackend ?? new HttpBackend();
  }

  protected httpBackend: HttpBackend;

  protected createURL(path: string) {
    // Trim trailing slashes because it is assumed to be included in path
    let rootUrl = this.url;
    while (rootUrl.endsWith('/')) {
      rootUrl = rootUrl.slice(0, -1);
    }
    return `${rootUrl}${path}`;
  }

  async getChainId(): Promise<string> {
    return this.httpBackend.createRequest<string>({
      url: this.createURL(`/chains/${this.chain}/chain_id`),
      method: 'GET'
    });
  }

  async getBlockHash({ block }: RPCOptions = defaultRPCOptions): Promise<string> {
    return this.httpBackend.createRequest<string>({
      url: this.createURL(`/chains/${this.chain}/blocks/${block}/hash`),
      method: 'GET'
    });
  }

  async getLiveBlocks({ block }: RPCOptions = defaultRPCOptions): Promise<string[]> {
    return this.httpBackend.createRequest<string[]>({
      url: this.createURL(`/chains/${this.chain}/blocks/${block}/live_blocks`),
      method: 'GET'
    });
  }

  async getStorage(address: string, { block }: { block: string } = defaultRPCOptions): Promise<StorageResponse> {
    return this.httpBackend.createRequest<StorageResponse>({
      url: this.createURL(`/chains/${this.chain}/blocks/${block}/context/contracts/${address}/storage`),
      method: 'GET'
    });
  }
}
