// origin: shape of a logo-generation service that excludes the job id but hands it to a second memoised method that uploads the thumbnail
// category: image-pipeline
// decorators: legacy
// expect: KP* jobId
// why: jobId is excluded from generate's key as per-run, but generate passes it to storeThumbnail, whose key holds it: the excluded value reaches a key by another route
import OpenAI from 'openai';
import { memoize } from 'keyproof';

interface ObjectStore {
  put(path: string, bytes: Uint8Array): Promise<string>;
}

export interface Logo {
  png: Uint8Array;
  thumbUrl: string;
}

export class LogoService {
  constructor(private readonly openai: OpenAI, private readonly bucket: ObjectStore) {}

  /**
   * Generates a logo for a brand name and style.
   * @excludeFromKey jobId unique per run, used for storage paths only
   */
  @memoize({ version: 'gen-v3', ttl: '30d', cost: 0.04 })
  async generate(jobId: string, brand: string, style: string): Promise<Logo> {
    const img = await this.openai.images.generate({ model: 'gpt-image-1', prompt: `A ${style} logo for "${brand}"`, size: '1024x1024' });
    const png = Uint8Array.from(Buffer.from(img.data[0]?.b64_json ?? '', 'base64'));
    const thumbUrl = await this.storeThumbnail(jobId, png);
    return { png, thumbUrl };
  }

  @memoize({ version: 'thumb-v1', ttl: '30d', cost: 0.0001 })
  async storeThumbnail(jobId: string, png: Uint8Array): Promise<string> {
    return this.bucket.put(`thumbs/${jobId}.png`, png.subarray(0, Math.min(png.length, 65_536)));
  }
}
