import { cacheKey, memoize } from 'keyproof';
import type { PhotoDescription, VisionClient } from './vision-client.js';

/**
 * Describes product photos. The key is the photo's content: keyproof hashes a Uint8Array's
 * bytes (SHA-256), so the same stock image uploaded by ten users under ten file names is one
 * entry and one paid call.
 */
export class PhotoDescriber {
  /** The vision model: it shapes the answer, so it is in the key. */
  @cacheKey readonly model: string;

  constructor(
    private readonly client: VisionClient,
    model: string,
  ) {
    this.model = model;
  }

  @memoize({ version: 'describe-v1', ttl: '90d', cost: 0.01 })
  async describe(@cacheKey photo: Uint8Array): Promise<PhotoDescription> {
    return this.client.describe(photo, this.model);
  }
}
