// origin: the seed's fixed wrapper with a convenience default (jobId = randomUUID()) passing the id to the memoised generator, where jobId is excluded
// category: image-pipeline
// decorators: legacy
// expect: clean
import { randomUUID } from 'node:crypto';
import { memoize, notKey } from 'keyproof';

interface ImageApi { generate(prompt: string): Promise<Uint8Array> }

export class IconService {
  constructor(private readonly images: ImageApi) {}

  @memoize({ ttl: '30d', cost: 0.02 })
  async icon(@notKey jobId: string, glyph: string, color: string, size: 64 | 128 | 256): Promise<Uint8Array> {
    console.info(`[${jobId}] icon ${glyph}`);
    return this.images.generate(`flat ${color} icon of ${glyph}, ${size}px`);
  }
}

export async function iconForJob(svc: IconService, glyph: string, color: string, jobId: string = randomUUID()): Promise<Uint8Array> {
  return svc.icon(jobId, glyph, color, 128);
}
