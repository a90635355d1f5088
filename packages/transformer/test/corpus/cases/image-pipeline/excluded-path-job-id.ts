// origin: shape of a product-photo upscaler whose request object carries a job id excluded by path
// category: image-pipeline
// decorators: legacy
// expect: clean
// why: `@excludeFromKey req.jobId` removes the per-job id from the keyed request object; the id then reaches only the progress logger
import { v7 as uuidv7 } from 'uuid';
import { memoize } from 'keyproof';

interface UpscaleRequest {
  assetUrl: string;
  factor: 2 | 4;
  denoise: boolean;
  jobId: string;
}

interface Upscaler {
  upscale(body: { url: string; scale: number; denoise: boolean }): Promise<{ url: string; width: number; height: number }>;
}

interface ProgressLog {
  step(jobId: string, message: string): void;
}

export class UpscaleService {
  constructor(
    private readonly upscaler: Upscaler,
    private readonly progress: ProgressLog,
  ) {}

  /**
   * Upscale a product photo.
   * @excludeFromKey req.jobId per-job id, only used for progress logs
   */
  @memoize({ version: 'upscale-v1', ttl: '90d', cost: 0.01 })
  async upscale(req: UpscaleRequest): Promise<{ url: string; width: number; height: number }> {
    const { jobId, assetUrl, factor, denoise } = req;
    this.progress.step(jobId, `upscaling x${factor}`);
    const out = await this.upscaler.upscale({ url: assetUrl, scale: factor, denoise });
    this.progress.step(jobId, 'done');
    return out;
  }
}

export async function runBatch(service: UpscaleService, urls: string[]) {
  return Promise.all(urls.map((assetUrl) => service.upscale({ assetUrl, factor: 2, denoise: true, jobId: uuidv7() })));
}
