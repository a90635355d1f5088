// origin: the seed's own fix ("content-addressed caching"): the cached inner call keys on a sha256 of the source image and takes the bytes beside it, excluded because the hash already carries their identity; inline form
// category: image-pipeline
// decorators: tc39
// expect: clean
// key: sourceHash
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { memoize } from 'keyproof';

export interface Logo { png: Uint8Array; prompt: string }
interface ImageApi { edit(body: { prompt: string; image: Uint8Array }): Promise<{ png: Uint8Array }> }

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class LogoGenerator {
  constructor(private readonly images: ImageApi) {}

  /**
   * The expensive round trip, keyed on what shapes the output.
   * @excludeFromKey sourceBytes identity already captured by sourceHash
   */
  @memoize({ version: 'gen-v4', ttl: '30d', cost: 0.04 })
  async generateCached(mode: 'new' | 'refresh', name: string, colors: string[], sourceHash: string, sourceBytes?: Uint8Array): Promise<Logo> {
    const prompt = `${mode} logo for ${name}, palette ${colors.join(' ')}`;
    const { png } = await this.images.edit({ prompt, image: sourceBytes ?? new Uint8Array() });
    return { png, prompt };
  }
}

/** The public entry keeps its signature and owns the per-call side effects (this job's folder). */
export async function generate(gen: LogoGenerator, jobId: string, name: string, colors: string[], sourcePath: string): Promise<string> {
  const source = await readFile(sourcePath);
  const logo = await gen.generateCached('new', name, colors, sha256(source), source);
  const out = `/var/jobs/${jobId}/logo.png`;
  await writeFile(out, logo.png);
  return out;
}
