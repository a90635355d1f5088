// origin: shape of a per-tenant thumbnail service that derives its bucket prefix in the constructor (your own writing, never a verbatim copy)
// category: image-pipeline
// decorators: tc39
// expect: KP* bucketPrefix
// why: nothing less: the private readonly bucketPrefix is computed in the constructor from the per-instance tenant argument and chooses which source image is rendered, but it is not in the key
import { memoize } from 'keyproof';

interface ObjectStore {
  get(key: string): Promise<Uint8Array>;
}

interface Imaging {
  thumbnail(src: Uint8Array, opts: { width: number; height: number; fit: 'cover' | 'contain' }): Promise<Uint8Array>;
}

export class TenantThumbnails {
  private readonly bucketPrefix: string;

  constructor(private readonly store: ObjectStore, private readonly imaging: Imaging, tenant: string) {
    this.bucketPrefix = `tenants/${tenant.toLowerCase().replace(/[^a-z0-9-]/g, '')}/uploads/`;
  }

  @memoize({ version: 'thumb-v3', ttl: '180d', cost: 0.0015 })
  async thumbnail(fileName: string, width: number, height: number): Promise<Uint8Array> {
    const original = await this.store.get(this.bucketPrefix + fileName);
    return this.imaging.thumbnail(original, { width, height, fit: 'cover' });
  }
}
