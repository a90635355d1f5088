// origin: shape of an image-tagging step that appends a run marker to the tag list (`[...tags, `run-${Date.now()}`]`) passed to a memoised captioner
// category: image-pipeline
// decorators: legacy
// expect: KP91020 tags
import { memoize } from 'keyproof';

interface Captioner { caption(contentHash: string, tags: string[]): Promise<string> }

export class AltText {
  constructor(private readonly captioner: Captioner) {}

  @memoize({ ttl: '180d', cost: 0.002 })
  async altText(contentHash: string, tags: string[]): Promise<string> {
    return this.captioner.caption(contentHash, tags);
  }

  async forUpload(contentHash: string, tags: readonly string[]): Promise<string> {
    return this.altText(contentHash, [...tags, `run-${Date.now()}`]);
  }
}
