// origin: shape of a sharp resize step in a media pipeline (sharp(input).resize(w, h).toFile(outputPath) in public queue examples), split so the memoised part returns bytes and the per-job output path is excluded
// category: image-pipeline
// decorators: legacy
// expect: clean
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { memoize, notKey } from 'keyproof';

interface Sharp { resize(input: Uint8Array, width: number, height: number, fit: 'cover' | 'contain'): Promise<Uint8Array> }

export class Resizer {
  constructor(private readonly sharp: Sharp) {}

  @memoize({ ttl: '90d' })
  async resized(inputHash: string, width: number, height: number, fit: 'cover' | 'contain', @notKey input: Uint8Array, @notKey outputPath: string): Promise<Uint8Array> {
    console.debug(`resizing ${inputHash} for ${outputPath}`);
    return this.sharp.resize(input, width, height, fit);
  }
}

export async function resizeJob(resizer: Resizer, job: { inputPath: string; outputPath: string; width: number; height: number }): Promise<void> {
  const input = await readFile(job.inputPath);
  const inputHash = createHash('sha256').update(input).digest('hex');
  const out = await resizer.resized(inputHash, job.width, job.height, 'cover', input, job.outputPath);
  await writeFile(job.outputPath, out);
}
