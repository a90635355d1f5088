// origin: shape of an image thumbnailer whose base class picks the regional origin bucket from the machine's host name
// category: image-pipeline
// decorators: tc39
// expect: KP* hostname|originBase
// why: thumbnail() builds the source URL from this.originBase(), whose override calls super.originBase(), which derives the region from os.hostname(); another host fetches another bucket under the same key.
import { hostname } from 'node:os';
import { memoize } from 'keyproof';

export interface ImageTransformClient {
  transform(sourceUrl: string, ops: { width: number; format: 'webp' | 'avif' | 'jpeg' }): Promise<Uint8Array>;
}

abstract class RegionalImageBase {
  constructor(protected readonly images: ImageTransformClient) {}

  /** Hosts are named like `fra-img-03`: read from the origin bucket of the host's own region. */
  protected originBase(): string {
    const region = hostname().split('-')[0] || 'fra';
    return `https://${region}.origin.img.example.com`;
  }
}

export class ProductThumbnailer extends RegionalImageBase {
  protected override originBase(): string {
    return `${super.originBase()}/catalog/products`;
  }

  @memoize({ version: 'product-thumb-v2', ttl: '30d', cost: 0.0005 })
  async thumbnail(sku: string, width: number): Promise<Uint8Array> {
    return this.images.transform(`${this.originBase()}/${encodeURIComponent(sku)}.png`, {
      width,
      format: 'webp',
    });
  }
}
