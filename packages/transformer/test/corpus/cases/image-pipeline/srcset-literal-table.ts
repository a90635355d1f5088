// origin: shape of an image-CDN module that precomputes its responsive-width table at load from literal breakpoints
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: module data computed at load by program code from literals only is a constant, not configuration
import { memoize } from 'keyproof';

function buildWidths(breakpoints: readonly number[], densities: readonly number[]): number[] {
  const out = new Set<number>();
  for (const bp of breakpoints) for (const d of densities) out.add(Math.round(bp * d));
  return [...out].sort((a, b) => a - b);
}

const WIDTHS = buildWidths([320, 640, 960, 1280], [1, 2]);
const FORMATS = Object.freeze(['avif', 'webp'] as const);

interface CdnClient {
  upload(params: { source: string; width: number; format: string }): Promise<{ url: string; bytes: number }>;
}

declare const cdn: CdnClient;

export interface Variant {
  url: string;
  width: number;
  format: string;
  bytes: number;
}

export const renderVariants = memoize(
  async function renderVariants(sourceUrl: string): Promise<Variant[]> {
    const variants: Variant[] = [];
    for (const format of FORMATS) {
      for (const width of WIDTHS) {
        const r = await cdn.upload({ source: sourceUrl, width, format });
        variants.push({ url: r.url, width, format, bytes: r.bytes });
      }
    }
    return variants;
  },
  { version: 'srcset-v1', ttl: '365d', cost: 0.02 },
);
