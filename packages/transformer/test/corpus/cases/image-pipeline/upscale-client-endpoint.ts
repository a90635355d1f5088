// origin: shape of a product-photo service wrapping a hosted upscaling API client (never a verbatim copy)
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: the client is built from an endpoint and an API key, which only say where the call goes and let it through; what is asked (image, scale) comes from the key parameters (principle 3, configuration that configures the client).
import { memoize } from 'keyproof';

export interface UpscaleClientOptions {
  endpoint: string;
  apiKey: string;
}

export class UpscaleClient {
  constructor(private readonly options: UpscaleClientOptions) {}

  async upscale(image: Uint8Array, scale: 2 | 4): Promise<Uint8Array> {
    const res = await fetch(`${this.options.endpoint}/v1/upscale?scale=${scale}`, {
      method: 'POST',
      headers: { 'x-api-key': this.options.apiKey, 'content-type': 'application/octet-stream' },
      body: image,
    });
    if (!res.ok) throw new Error(`upscale failed: ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }
}

export interface ImageConfig {
  upscaleEndpoint: string;
  upscaleApiKey: string;
}

export class ProductPhotoService {
  private readonly upscaler: UpscaleClient;

  constructor(config: ImageConfig) {
    this.upscaler = new UpscaleClient({ endpoint: config.upscaleEndpoint, apiKey: config.upscaleApiKey });
  }

  /** Marketplace listings need 2000px; supplier photos are often 500px. */
  @memoize({ version: 'upscale-v1', ttl: '90d', cost: 0.01 })
  async upscaleForListing(photo: Uint8Array, scale: 2 | 4): Promise<Uint8Array> {
    return this.upscaler.upscale(photo, scale);
  }
}
