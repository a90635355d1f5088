// origin: shape of an image watermarking service that numbers jobs for log correlation (own writing)
// category: image-pipeline
// decorators: legacy
// expect: clean
// why: the per-call `this.jobsSeen++` reaches the memoised method only through `jobNo`, which is excluded with `@notKey` and used only in a debug log line.
import { Logger } from '@nestjs/common';
import { memoize, notKey } from 'keyproof';

interface ImagingClient {
  composite(sourceUrl: string, overlayPath: string, options: { gravity: 'southeast'; opacity: number }): Promise<{ url: string; width: number; height: number }>;
}

export interface WatermarkedImage {
  url: string;
  width: number;
  height: number;
}

export class WatermarkPipeline {
  private readonly logger = new Logger('WatermarkPipeline');
  private jobsSeen = 0;

  constructor(private readonly imaging: ImagingClient) {}

  async watermark(sourceUrl: string, brand: string): Promise<WatermarkedImage> {
    return this.applyWatermark(sourceUrl, brand.toLowerCase(), this.jobsSeen++);
  }

  @memoize({ version: 'sharp-0.33-wm2', ttl: '90d', cost: 0.002 })
  async applyWatermark(
    sourceUrl: string,
    brand: string,
    @notKey('log correlation only') jobNo: number,
  ): Promise<WatermarkedImage> {
    this.logger.debug(`watermark job #${jobNo}: ${sourceUrl} (${brand})`);
    const out = await this.imaging.composite(sourceUrl, `brands/${brand}/mark.png`, { gravity: 'southeast', opacity: 0.35 });
    return { url: out.url, width: out.width, height: out.height };
  }
}
