// origin: shape of an S3 render uploader with a destructured options parameter whose default object key is built from the job id (issue 14: "{ jobId, objectKey = `renders/${jobId}.png` }")
// category: image-pipeline
// decorators: tc39
// expect: KP91010 jobId
import { memoize } from 'keyproof';

export interface RenderOptions { jobId: string; templateId: string; width: number; objectKey?: string }
interface Renderer { render(templateId: string, width: number): Promise<Uint8Array> }
interface Bucket { put(key: string, body: Uint8Array): Promise<{ etag: string }> }

export class CardRenderer {
  constructor(private readonly renderer: Renderer, private readonly bucket: Bucket) {}

  /** @excludeFromKey jobId unique per run */
  @memoize({ ttl: '30d' })
  async renderCard({ jobId, templateId, width, objectKey = `renders/${jobId}.png` }: RenderOptions): Promise<{ objectKey: string; etag: string }> {
    const png = await this.renderer.render(templateId, width);
    const { etag } = await this.bucket.put(objectKey, png);
    return { objectKey, etag };
  }
}
