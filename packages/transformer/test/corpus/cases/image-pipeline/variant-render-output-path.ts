// origin: shape of an image-variant renderer that writes each render to a scratch file for the CDN uploader (never a verbatim copy)
// category: image-pipeline
// decorators: legacy
// expect: KP91020|KP91021|KP91022 outputPath
// why: outputPath defaults to a fresh nanoid-named scratch file from a helper and is a key parameter, so a per-call value reaches the key and the cache never hits (principle 1).
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nanoid } from 'nanoid';
import { memoize } from 'keyproof';

type Fit = 'cover' | 'contain' | 'inside';

export interface VariantSpec { width: number; height: number; fit: Fit; format: 'webp' | 'avif' | 'jpeg' }

function scratchFile(ext: string): string {
  return join(tmpdir(), 'variants', `${nanoid(12)}.${ext}`);
}

interface ImagingApi {
  transform(input: { sourceUrl: string; width: number; height: number; fit: Fit; format: string }): Promise<Uint8Array>;
}

export class VariantRenderer {
  constructor(private readonly imaging: ImagingApi) {}

  /** Render one variant and leave a copy on disk for the uploader to pick up. */
  @memoize({ version: 'variant-v4', ttl: '180d', cost: 0.003 })
  async render(
    sourceUrl: string,
    spec: VariantSpec,
    outputPath: string = scratchFile(spec.format),
  ): Promise<{ bytes: Uint8Array; contentType: string }> {
    const bytes = await this.imaging.transform({ sourceUrl, ...spec });
    await writeFile(outputPath, bytes);
    return { bytes, contentType: `image/${spec.format}` };
  }
}

export async function renderAll(renderer: VariantRenderer, sourceUrl: string, specs: VariantSpec[]): Promise<number> {
  let total = 0;
  for (const spec of specs) {
    const { bytes } = await renderer.render(sourceUrl, spec);
    total += bytes.byteLength;
  }
  return total;
}
