// origin: shape of a photo-library service that groups thumbnails by the upload's own date (new Date(upload.createdAt), a stored value, not the clock)
// category: image-pipeline
// decorators: tc39
// expect: clean
import { memoize } from 'keyproof';

export interface Upload { id: string; contentHash: string; createdAt: string; width: number; height: number }
interface Exif { read(contentHash: string): Promise<{ camera?: string; takenAt?: string }> }

export class PhotoMeta {
  constructor(private readonly exif: Exif) {}

  @memoize({ ttl: '365d' })
  async describe(contentHash: string, uploadedOn: string, orientation: 'landscape' | 'portrait'): Promise<string> {
    const meta = await this.exif.read(contentHash);
    return `${orientation} photo${meta.camera ? ` from ${meta.camera}` : ''}, uploaded ${uploadedOn}${meta.takenAt ? `, taken ${meta.takenAt}` : ''}`;
  }
}

export async function caption(meta: PhotoMeta, upload: Upload): Promise<string> {
  const uploadedOn = new Date(upload.createdAt).toISOString().slice(0, 10);
  return meta.describe(upload.contentHash, uploadedOn, upload.width >= upload.height ? 'landscape' : 'portrait');
}
