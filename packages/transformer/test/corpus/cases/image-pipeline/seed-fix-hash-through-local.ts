// origin: the seed's fix written the way the flagship example had it before the revert: the content hash computed into a local, the bytes passed beside it (excluded, captured by the hash)
// category: image-pipeline
// decorators: legacy
// expect: clean
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { memoize } from 'keyproof';

export interface Render { webp: Uint8Array; width: number }
interface Resizer { resize(input: Uint8Array, width: number, format: 'webp'): Promise<Uint8Array> }

export class ThumbnailService {
  constructor(private readonly sharp: Resizer) {}

  /**
   * Resize an upload. Keyed on the content hash of the source, never on its bytes.
   * @excludeFromKey source captured by contentHash
   */
  @memoize({ id: 'thumbnails.resize', ttl: '90d' })
  async resize(contentHash: string, width: number, source: Uint8Array): Promise<Render> {
    const webp = await this.sharp.resize(source, width, 'webp');
    return { webp, width };
  }
}

export async function thumbnailsFor(svc: ThumbnailService, uploadPath: string, widths: readonly number[]): Promise<Render[]> {
  const bytes = await readFile(uploadPath);
  const digest = createHash('sha256').update(bytes).digest('hex');
  const renders: Render[] = [];
  for (const width of widths) renders.push(await svc.resize(digest, width, bytes));
  return renders;
}
