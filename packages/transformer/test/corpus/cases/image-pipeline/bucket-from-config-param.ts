// origin: shape of an S3/GCS image-variant service where the storage bucket comes from config and is passed explicitly (two environments share one cache store)
// category: image-pipeline
// decorators: legacy
// expect: clean
import { ConfigService } from '@nestjs/config';
import { memoize } from 'keyproof';

interface ObjectStore { head(bucket: string, key: string): Promise<{ size: number; etag: string } | null> }

export class VariantIndex {
  private readonly bucket: string;

  constructor(private readonly store: ObjectStore, config: ConfigService) {
    this.bucket = config.getOrThrow<string>('MEDIA_BUCKET');
  }

  @memoize({ ttl: '1h' })
  async variantExists(bucket: string, objectKey: string, width: number): Promise<boolean> {
    return (await this.store.head(bucket, `${objectKey.replace(/\.[a-z]+$/, '')}@${width}w.webp`)) !== null;
  }

  async missingWidths(objectKey: string, widths: readonly number[]): Promise<number[]> {
    const missing: number[] = [];
    for (const w of widths) if (!(await this.variantExists(this.bucket, objectKey, w))) missing.push(w);
    return missing;
  }
}
