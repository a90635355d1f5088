// origin: shape of a gallery service that returns CDN URLs built from globalThis.process.env (never a verbatim copy)
// category: image-pipeline
// decorators: tc39
// expect: KP91044 CDN_HOST
// why: the CDN host read from the environment (through globalThis) is baked into every URL the memoised method returns, so staging and production would share entries pointing at each other's CDN (principle 2).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export interface GeneratedImage {
  prompt: string;
  urls: string[];
}

interface BlobStore { put(key: string, bytes: Uint8Array, contentType: string): Promise<void> }

export class HeroImageService {
  constructor(private readonly openai: OpenAI, private readonly blobs: BlobStore) {}

  /** Landing-page hero images; marketing re-runs the same prompts while iterating on copy. */
  @memoize({ version: 'hero-v3', cost: 0.08 })
  async generate(prompt: string, count: number): Promise<GeneratedImage> {
    const res = await this.openai.images.generate({ model: 'dall-e-3', prompt, size: '1792x1024', n: count });
    const urls: string[] = [];
    for (const [i, img] of res.data.entries()) {
      if (!img.b64_json) continue;
      const key = `hero/${Buffer.from(prompt).toString('base64url').slice(0, 32)}-${i}.png`;
      await this.blobs.put(key, Buffer.from(img.b64_json, 'base64'), 'image/png');
      urls.push(`https://${globalThis.process.env.CDN_HOST ?? 'cdn.example.com'}/${key}`);
    }
    return { prompt, urls };
  }
}
