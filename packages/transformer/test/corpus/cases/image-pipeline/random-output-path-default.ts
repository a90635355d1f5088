// origin: shape of a background-removal service whose scratch output path defaults to a random file name in the temp dir
// category: image-pipeline
// decorators: tc39
// expect: KP* outputPath
// why: outputPath is keyed and defaults to a path built from randomUUID(), a per-call value, so callers that omit it never hit (nothing more)
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { memoize } from 'keyproof';

interface Matting {
  removeBackground(input: Uint8Array, outputFile: string): Promise<void>;
}

export class BackgroundRemover {
  constructor(private readonly matting: Matting) {}

  @memoize({ version: 'v2', ttl: '60d', cost: 0.02 })
  async cutout(image: Uint8Array, outputPath: string = join(tmpdir(), `${randomUUID()}.png`)): Promise<Uint8Array> {
    await this.matting.removeBackground(image, outputPath);
    return new Uint8Array(await readFile(outputPath));
  }
}
