// origin: shape of a watermarking step in a photo pipeline with a timeout, .catch and .finally around the paid call (never a verbatim copy)
// category: image-pipeline
// decorators: legacy
// expect: clean
// why: the job id is excluded with @notKey and only appears in the error built in .catch; the timer in .finally is bookkeeping; the method resolves to a Buffer, which survives the store (principles 1, 3 and 6).
import { memoize, notKey } from 'keyproof';

const WATERMARK_API = 'https://api.watermark.example.com/v2/apply';
const TIMEOUT_MS = 20_000;

export type Position = 'bottom-right' | 'bottom-left' | 'center';

export class WatermarkStep {
  constructor(private readonly apiKey: string) {}

  @memoize({ version: 'wm-v3', ttl: '60d', cost: 0.003 })
  async apply(
    @notKey('labels the pipeline run') jobId: string,
    imageSha: string,
    @notKey('identified by imageSha') image: Buffer,
    text: string,
    position: Position = 'bottom-right',
  ): Promise<Buffer> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    const body = new FormData();
    body.set('image', new Blob([image]));
    body.set('text', text);
    body.set('position', position);
    return fetch(WATERMARK_API, { method: 'POST', body, signal: controller.signal, headers: { 'x-api-key': this.apiKey } })
      .then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return Buffer.from(await res.arrayBuffer());
      })
      .catch((err: unknown) => {
        throw new Error(`watermark failed for job ${jobId} (${imageSha.slice(0, 8)})`, { cause: err });
      })
      .finally(() => clearTimeout(timer));
  }
}
