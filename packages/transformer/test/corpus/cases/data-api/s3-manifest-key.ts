// origin: shape of a NestJS partner-feed service reading an export manifest from S3 (never a verbatim copy)
// category: data-api
// decorators: legacy
// expect: KP91040 manifestKey
// why: the S3 object key picks which manifest is read, so it is data with a "Key" name, held in a plain-data field from configuration and read with no decision (principle 2); the bucket is a literal (principle 3).
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { memoize } from 'keyproof';

export interface ObjectStore {
  getObject(input: { Bucket: string; Key: string }): Promise<{ Body: Uint8Array; ETag: string }>;
}

export interface ManifestEntry {
  partnerId: string;
  file: string;
  rows: number;
}

@Injectable()
export class FeedManifestReader {
  private readonly logger = new Logger(FeedManifestReader.name);
  private readonly bucket = 'partner-feeds-prod';
  // e.g. "exports/2026-12/manifest.json"; ops repoint it to a new export and restart.
  private readonly manifestKey: string;

  constructor(@Inject('OBJECT_STORE') private readonly store: ObjectStore, config: ConfigService) {
    this.manifestKey = config.getOrThrow<string>('FEED_MANIFEST_KEY');
  }

  @memoize({ version: 'manifest-v1', ttl: '1h' })
  async entriesFor(partnerId: string): Promise<ManifestEntry[]> {
    const object = await this.store.getObject({ Bucket: this.bucket, Key: this.manifestKey });
    this.logger.debug(`manifest etag ${object.ETag}`);
    const manifest = JSON.parse(Buffer.from(object.Body).toString('utf8')) as { files: ManifestEntry[] };
    return manifest.files.filter((entry) => entry.partnerId === partnerId);
  }
}
