// origin: shape of an image CDN transform client (imgproxy/Thumbor-style options object): the key picks the transform fields, the job id parameter is @notKey; the @cacheKey allow-list silently drops sourceUrl, which the body sends upstream (two images with the same options would share one answer: wave 3's allow-list trap)
// category: image-pipeline
// decorators: legacy
// expect: KP91048 sourceUrl
import { randomUUID } from 'node:crypto';
import { cacheKey, memoize, notKey } from 'keyproof';

export interface TransformOptions { width: number; height?: number; format: 'avif' | 'webp' | 'jpeg'; quality: number; requestedBy: string; requestedAt: number }
interface ImgProxy { transform(sourceUrl: string, opts: { width: number; height?: number; format: string; quality: number }): Promise<Uint8Array> }

export class ImageTransforms {
  constructor(private readonly imgproxy: ImgProxy) {}

  @memoize({ ttl: '365d' })
  async transform(@notKey jobId: string, sourceUrl: string, @cacheKey('width', 'height', 'format', 'quality') opts: TransformOptions): Promise<Uint8Array> {
    return this.imgproxy.transform(sourceUrl, { width: opts.width, ...(opts.height !== undefined ? { height: opts.height } : {}), format: opts.format, quality: opts.quality });
  }
}

export async function avatar(t: ImageTransforms, url: string, user: string): Promise<Uint8Array> {
  return t.transform(randomUUID(), url, { width: 256, height: 256, format: 'avif', quality: 60, requestedBy: user, requestedAt: Date.now() });
}
