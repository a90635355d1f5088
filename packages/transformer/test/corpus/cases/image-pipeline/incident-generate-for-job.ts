// origin: the seed story "the cache that never hit" as it happened: a logo pipeline wrapper that makes a randomUUID() job id and passes it through generateForJob(svc, jobId, …); no tag, only the docstring's claim
// category: image-pipeline
// decorators: tc39
// expect: KP91052|KP91020|KP91012 jobId
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { memoize } from 'keyproof';

type Mode = 'new' | 'refresh';
export interface Logo { png: Uint8Array; prompt: string }
interface ImageApi { generate(body: { prompt: string; size: string }): Promise<{ b64: string }> }

export class LogoService {
  constructor(private readonly images: ImageApi) {}

  /**
   * Generate a logo for a business.
   *
   * The cache key does not include the job ID: results are shared across jobs.
   */
  @memoize({ version: 'gen-v3', ttl: '30d', cost: 0.04 })
  async generate(jobId: string, mode: Mode, name: string, colors: string[], sourceHash: string): Promise<Logo> {
    const prompt = `${mode} logo for ${name} in ${colors.join(', ')} (source ${sourceHash})`;
    const { b64 } = await this.images.generate({ prompt, size: '1024x1024' });
    return { png: Uint8Array.from(Buffer.from(b64, 'base64')), prompt };
  }
}

export async function generateForJob(svc: LogoService, jobId: string, mode: Mode, name: string, colors: string[], sourceHash: string): Promise<string> {
  const logo = await svc.generate(jobId, mode, name, colors, sourceHash);
  const dir = `/var/jobs/${jobId}`;
  await mkdir(dir, { recursive: true });
  await writeFile(`${dir}/logo.png`, logo.png);
  return `${dir}/logo.png`;
}

export async function runLogoJob(svc: LogoService, business: { name: string; colors: string[]; sourceHash: string }): Promise<string> {
  const jobId = randomUUID();
  return generateForJob(svc, jobId, 'new', business.name, business.colors, business.sourceHash);
}
