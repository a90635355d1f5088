import { memoize } from 'keyproof';

/** How many times the "paid" upstream really ran, per method. */
export const upstream = { render: 0, caption: 0 };

export class Renderer {
  /**
   * Render a logo. The cache key does not include the job ID.
   * @excludeFromKey jobId unique per run
   */
  @memoize({ version: 'v1' })
  async render(jobId: string, name: string, source: Uint8Array): Promise<Uint8Array> {
    upstream.render++;
    // a fresh buffer every call, like a real generator: identical bytes downstream prove a hit
    return new Uint8Array([0x89, 0x50, 0x4e, 0x47, ...source, name.length, 0xff, 0x00]);
  }
}

/** @excludeFromKey jobId unique per run */
export const caption = memoize(async function caption(jobId: string, text: string): Promise<string> {
  upstream.caption++;
  return text.toUpperCase();
});
