// origin: shape of an image pipeline that renders thumbnails through a paid upscaler and returns where it wrote them (never a verbatim copy)
// category: image-pipeline
// decorators: legacy
// expect: KP91046 tmpdir
// why: the returned record carries a path under os.tmpdir(), which differs between machines (and is gone after a reboot); the machine's state reaches the result with no key decision (principle 2).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { memoize } from 'keyproof';

interface Upscaler {
  upscale(image: Uint8Array, options: { scale: 2 | 4; format: 'webp' | 'png' }): Promise<{ bytes: Uint8Array; width: number; height: number }>;
}

export interface RenderedThumbnail {
  localPath: string;
  width: number;
  height: number;
  bytes: number;
}

export class ThumbnailRenderer {
  constructor(private readonly upscaler: Upscaler) {}

  /** Product photos are re-processed whenever the catalogue syncs; most are unchanged. */
  @memoize({ version: 'thumb-v6', ttl: '30d', cost: 0.012 })
  async render(sourceSha: string, source: Uint8Array, scale: 2 | 4): Promise<RenderedThumbnail> {
    const out = await this.upscaler.upscale(source, { scale, format: 'webp' });
    const name = createHash('sha1').update(sourceSha).update(String(scale)).digest('hex');
    const localPath = join(tmpdir(), 'thumbs', `${name}.webp`);
    await writeFile(localPath, out.bytes);
    return { localPath, width: out.width, height: out.height, bytes: out.bytes.byteLength };
  }
}
