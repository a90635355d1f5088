import { memoize } from 'keyproof';

export type Mode = 'new' | 'refresh';
export interface Logo { png: Uint8Array; prompt: string }
interface ImageApi { generate(body: { prompt: string }): Promise<Uint8Array> }

export class LogoService {
  constructor(private readonly images: ImageApi) {}

  /**
   * Generate a logo. The cache key does not include the job ID — results are shared across jobs.
   */
  @memoize({ version: 'gen-v3', ttl: '30d', cost: 0.04 })
  async generate(jobId: string, mode: Mode, name: string, colors: string[], sourceHash: string): Promise<Logo> {
    const prompt = `${mode} logo for ${name}; palette ${colors.join(' ')}; source ${sourceHash}`;
    return { png: await this.images.generate({ prompt }), prompt };
  }
}
