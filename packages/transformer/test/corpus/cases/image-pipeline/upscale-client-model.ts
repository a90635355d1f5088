// origin: shape of a product-photo service wrapping a hosted upscaling API client (never a verbatim copy)
// category: image-pipeline
// decorators: tc39
// expect: KP91046|KP91040 upscaler
// why: the client is built from configuration that includes the upscaling model, which it sends with every request, so a client built from configuration that asks reaches the upstream with no decision (principle 2).
import { memoize } from 'keyproof';

export interface UpscaleClientOptions {
  endpoint: string;
  apiKey: string;
  model: string;
}

export class UpscaleClient {
  constructor(private readonly options: UpscaleClientOptions) {}

  async upscale(image: Uint8Array, scale: 2 | 4): Promise<Uint8Array> {
    const query = new URLSearchParams({ scale: String(scale), model: this.options.model });
    const res = await fetch(`${this.options.endpoint}/v1/upscale?${query}`, {
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
  /** "real-esrgan-x4" for photos, "swinir-classic" for line art. */
  upscaleModel: string;
}

export class ProductPhotoService {
  private readonly upscaler: UpscaleClient;

  constructor(config: ImageConfig) {
    this.upscaler = new UpscaleClient({
      endpoint: config.upscaleEndpoint,
      apiKey: config.upscaleApiKey,
      model: config.upscaleModel,
    });
  }

  /** Marketplace listings need 2000px; supplier photos are often 500px. */
  @memoize({ version: 'upscale-v1', ttl: '90d', cost: 0.01 })
  async upscaleForListing(photo: Uint8Array, scale: 2 | 4): Promise<Uint8Array> {
    return this.upscaler.upscale(photo, scale);
  }
}
