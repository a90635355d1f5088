// origin: shape of an image optimiser bound to a CDN edge host, where the host is declared irrelevant to the answer (your own writing, never a verbatim copy)
// category: image-pipeline
// decorators: legacy
// expect: clean
// why: the per-instance CDN host reaches the request, and the user decided it: @notKey with a reason on the field says every edge returns identical bytes
import { memoize, notKey } from 'keyproof';

interface Optimizer {
  optimize(req: { host: string; path: string; quality: number; format: 'webp' | 'jpeg' }): Promise<Uint8Array>;
}

export class EdgeImageOptimizer {
  @notKey('any edge host serves byte-identical renditions')
  private readonly edgeHost: string;

  constructor(private readonly optimizer: Optimizer, edgeHost: string) {
    this.edgeHost = edgeHost;
  }

  @memoize({ version: 'opt-v3', ttl: '60d', cost: 0.0008 })
  async optimize(path: string, quality: number, format: 'webp' | 'jpeg'): Promise<Uint8Array> {
    return this.optimizer.optimize({ host: this.edgeHost, path, quality: Math.round(quality), format });
  }
}
