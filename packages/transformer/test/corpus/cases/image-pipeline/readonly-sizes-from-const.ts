// origin: shape of a responsive-image service that precomputes its retina widths in the constructor from constants (your own writing, never a verbatim copy)
// category: image-pipeline
// decorators: legacy
// expect: clean
// why: the private readonly fields are computed in the constructor only from as-const module constants, and the imaging client is an injected service
import { Inject, Injectable } from '@nestjs/common';
import { memoize } from 'keyproof';

const BASE_WIDTHS = [320, 640, 1024] as const;
const DPR = 2;
const QUALITY = { webp: 78, avif: 55 } as const;

interface Imaging {
  encode(src: string, opts: { width: number; format: 'webp' | 'avif'; quality: number }): Promise<{ url: string; bytes: number }>;
}

@Injectable()
export class SrcsetService {
  private readonly widths: readonly number[];
  private readonly defaultFormat: 'webp' | 'avif';

  constructor(@Inject('IMAGING') private readonly imaging: Imaging) {
    this.widths = BASE_WIDTHS.flatMap((w) => [w, w * DPR]);
    this.defaultFormat = QUALITY.avif < QUALITY.webp ? 'avif' : 'webp';
  }

  @memoize({ version: 'srcset-v1', ttl: '365d', cost: 0.004 })
  async srcset(sourceUrl: string): Promise<string> {
    const format = this.defaultFormat;
    const renditions = await Promise.all(
      this.widths.map((width) => this.imaging.encode(sourceUrl, { width, format, quality: QUALITY[format] })),
    );
    return renditions.map((r, i) => `${r.url} ${this.widths[i]}w`).join(', ');
  }
}
