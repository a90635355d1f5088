// origin: shape of a logo pipeline step that spreads the job into the generator request with an extra style (issue 14: "{ ...job, style }"), the job id being excluded by name
// category: image-pipeline
// decorators: tc39
// expect: KP91011|KP91012|KP91020 jobId
import { memoize } from 'keyproof';

export interface LogoRequest { name: string; colors: string[]; style: 'flat' | 'gradient' | 'mono' }
export interface LogoJob { jobId: string; name: string; colors: string[]; createdBy: string }
interface ImageApi { generate(prompt: string): Promise<Uint8Array> }

export class LogoStyler {
  constructor(private readonly images: ImageApi) {}

  /** @excludeFromKey jobId unique per run */
  @memoize({ ttl: '30d', cost: 0.04 })
  async styled(jobId: string, req: LogoRequest): Promise<Uint8Array> {
    return this.images.generate(`${req.style} logo for ${req.name}, colours ${req.colors.join(', ')}`);
  }
}

export async function renderStyles(styler: LogoStyler, job: LogoJob): Promise<Uint8Array[]> {
  const styles = ['flat', 'gradient', 'mono'] as const;
  return Promise.all(styles.map((style) => styler.styled(job.jobId, { ...job, style })));
}
