// origin: shape of a photo-preview service whose transport options are assembled by a helper (never a verbatim copy)
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: the helper reads the environment only for the timeout, the retry count and a User-Agent; what is rendered comes from literal defaults and the parameters (principle 3).
import { memoize } from 'keyproof';

interface TransportOptions {
  timeoutMs: number;
  retries: number;
  headers: Record<string, string>;
}

function transportOptions(): TransportOptions {
  return {
    timeoutMs: Number(process.env.IMAGING_TIMEOUT_MS ?? 10_000),
    retries: Number(process.env.IMAGING_RETRIES ?? 2),
    headers: { 'User-Agent': `preview-svc/${process.env.APP_VERSION ?? 'dev'}` },
  };
}

const PREVIEW_DEFAULTS = { quality: 70, format: 'webp', stripMetadata: true } as const;

export class PreviewService {
  @memoize({ version: 'preview-v1', ttl: '90d', cost: 0.001 })
  async preview(sourceUrl: string, width: number): Promise<Buffer> {
    const transport = transportOptions();
    let lastErr: unknown;
    for (let i = 0; i <= transport.retries; i++) {
      try {
        const res = await fetch('https://imaging.example.com/v1/preview', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...transport.headers },
          body: JSON.stringify({ url: sourceUrl, width, ...PREVIEW_DEFAULTS }),
          signal: AbortSignal.timeout(transport.timeoutMs),
        });
        if (!res.ok) throw new Error(`preview ${res.status}`);
        return Buffer.from(await res.arrayBuffer());
      } catch (err) {
        lastErr = err;
      }
    }
    throw lastErr;
  }
}
