// origin: shape of a photo-watermarking service whose request options are assembled by a helper (never a verbatim copy)
// category: image-pipeline
// decorators: tc39
// expect: KP91044 WATERMARK_TEXT
// why: the helper fills the render options with the watermark text read from the environment, and the returned object is sent to the imaging API, so the env value is drawn into the cached bytes (principle 2).
import { memoize } from 'keyproof';

interface RenderOptions {
  width: number;
  quality: number;
  watermark: { text: string; opacity: number; position: 'south-east' | 'center' };
  timeoutMs: number;
}

/** Central place for the watermark/render defaults used by every endpoint. */
function renderOptions(width: number): RenderOptions {
  return {
    width,
    quality: 85,
    watermark: { text: process.env.WATERMARK_TEXT ?? '© Example Photos', opacity: 0.4, position: 'south-east' },
    timeoutMs: 10_000,
  };
}

interface ImagingClient {
  render(sourceUrl: string, options: Omit<RenderOptions, 'timeoutMs'>, signal: AbortSignal): Promise<ArrayBuffer>;
}

export class WatermarkService {
  constructor(private readonly imaging: ImagingClient) {}

  @memoize({ version: 'wm-v2', ttl: '365d', cost: 0.004 })
  async watermarked(sourceUrl: string, width: number): Promise<Buffer> {
    const { timeoutMs, ...options } = renderOptions(width);
    const out = await this.imaging.render(sourceUrl, options, AbortSignal.timeout(timeoutMs));
    return Buffer.from(out);
  }
}
