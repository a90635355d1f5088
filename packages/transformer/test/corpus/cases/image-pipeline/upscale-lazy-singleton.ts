// origin: shape of an image upscaling module with a lazily created SDK client held in a module let (never a verbatim copy)
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: the module `let upscaler` only holds a client object created on first use with nothing but an API key; the request is built from the key parameters (principle 3).
import { memoize } from 'keyproof';

class UpscaleClient {
  constructor(private readonly apiKey: string) {}

  async upscale(image: Uint8Array, factor: 2 | 4, faceEnhance: boolean): Promise<Uint8Array> {
    const res = await fetch(`https://api.upscale.example.com/v1/upscale?factor=${factor}&face=${faceEnhance}`, {
      method: 'POST',
      headers: { authorization: `Token ${this.apiKey}`, 'content-type': 'application/octet-stream' },
      body: image,
    });
    if (!res.ok) throw new Error(`upscale: ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }
}

let upscaler: UpscaleClient | undefined;

function getUpscaler(): UpscaleClient {
  if (!upscaler) {
    const key = process.env.UPSCALE_API_KEY;
    if (!key) throw new Error('UPSCALE_API_KEY is not set');
    upscaler = new UpscaleClient(key);
  }
  return upscaler;
}

/**
 * Upscale a product photo; identical uploads are common across listings.
 * @excludeFromKey image identified by contentHash
 */
export const upscalePhoto = memoize(
  async function upscalePhoto(contentHash: string, image: Uint8Array, factor: 2 | 4 = 2, faceEnhance = false): Promise<Uint8Array> {
    const started = Date.now();
    try {
      return await getUpscaler().upscale(image, factor, faceEnhance);
    } finally {
      console.info(`upscale ${contentHash.slice(0, 10)} x${factor} took ${Date.now() - started}ms`);
    }
  },
  { version: 'upscale-v1', cost: 0.025 },
);
