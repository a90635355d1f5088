// origin: shape of a memoised image-variant planner that returns a plan object including a helper to build the CDN URL
// category: image-pipeline
// decorators: tc39
// expect: KP* toUrl
// why: the result carries a function (toUrl), which cannot round-trip through the store (values must survive the store)
import { memoize } from 'keyproof';

interface VariantPlan {
  width: number;
  height: number;
  format: 'webp' | 'avif';
  toUrl: (assetId: string) => string;
}

interface Analyzer {
  dominantAspect(sourceUrl: string): Promise<number>;
}

const CDN = 'https://img.cdn.example.com';

export class VariantPlanner {
  constructor(private readonly analyzer: Analyzer) {}

  @memoize({ version: 'v1', ttl: '30d', cost: 0.002 })
  async plan(sourceUrl: string, targetWidth: number): Promise<VariantPlan> {
    const aspect = await this.analyzer.dominantAspect(sourceUrl);
    const height = Math.round(targetWidth / aspect);
    const format = targetWidth > 1200 ? 'avif' : 'webp';
    return {
      width: targetWidth,
      height,
      format,
      toUrl: (assetId: string) => `${CDN}/${assetId}/${targetWidth}x${height}.${format}`,
    };
  }
}
