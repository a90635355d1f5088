// origin: shape of an upscaling client whose docstring says the traceparent header value is ignored for caching, with a matching exclusion
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: the docstring claim (traceparent is ignored for caching) is backed by @excludeFromKey; traceparent only goes into a tracing header
import { memoize } from 'keyproof';

interface UpscaleApi {
  upscale(image: Uint8Array, factor: 2 | 4, headers: Record<string, string>): Promise<Uint8Array>;
}

export class Upscaler {
  constructor(private readonly api: UpscaleApi) {}

  /**
   * Upscales an image 2x or 4x.
   * `traceparent` is ignored for caching: it only links spans.
   * @excludeFromKey traceparent W3C trace context, differs on every call
   */
  @memoize({ version: 'v1', ttl: '60d', cost: 0.03 })
  async upscale(image: Uint8Array, factor: 2 | 4, traceparent: string): Promise<Uint8Array> {
    return this.api.upscale(image, factor, { traceparent });
  }
}
