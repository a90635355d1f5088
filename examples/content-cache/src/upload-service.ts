import type { PhotoDescriber } from './photo-describer.js';
import type { PhotoDescription } from './vision-client.js';

/** One upload as the app records it: who, which file, and what the photo shows. */
export interface UploadRecord {
  readonly userId: string;
  readonly fileName: string;
  readonly description: PhotoDescription;
}

/**
 * Takes user uploads. The user and the file name are per-upload facts kept in the record;
 * only the bytes go to the describer, so identical photos share one description.
 */
export class UploadService {
  readonly records: UploadRecord[] = [];

  constructor(private readonly describer: PhotoDescriber) {}

  async upload(userId: string, fileName: string, bytes: Uint8Array): Promise<UploadRecord> {
    const record = { userId, fileName, description: await this.describer.describe(bytes) };
    this.records.push(record);
    return record;
  }
}
