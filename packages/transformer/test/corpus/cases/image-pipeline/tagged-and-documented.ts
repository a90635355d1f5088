// origin: the seed's fixed service as its docstring reads after the fix: prose claim and tag agree ("the job ID is excluded from the cache key"), the wrapper still makes a fresh job id per run
// category: image-pipeline
// decorators: tc39
// expect: clean
import { randomUUID } from 'node:crypto';
import { memoize } from 'keyproof';

export interface Logo { png: Uint8Array; prompt: string }
interface ImageApi { generate(prompt: string): Promise<Uint8Array> }

export class LogoService {
  constructor(private readonly images: ImageApi) {}

  /**
   * Generate a logo. The job ID is excluded from the cache key: results are shared across jobs.
   * @excludeFromKey jobId unique per run
   */
  @memoize({ version: 'gen-v3', ttl: '30d', cost: 0.04 })
  async generate(jobId: string, mode: 'new' | 'refresh', name: string, colors: string[], sourceHash: string): Promise<Logo> {
    const prompt = `${mode} logo for ${name} in ${colors.join(', ')}, based on ${sourceHash}`;
    return { png: await this.images.generate(prompt), prompt };
  }
}

export async function generateForJob(svc: LogoService, jobId: string, name: string, colors: string[], sourceHash: string): Promise<Logo> {
  return svc.generate(jobId, 'new', name, colors, sourceHash);
}

export async function run(svc: LogoService, business: { name: string; colors: string[]; sourceHash: string }): Promise<Logo> {
  return generateForJob(svc, randomUUID(), business.name, business.colors, business.sourceHash);
}
