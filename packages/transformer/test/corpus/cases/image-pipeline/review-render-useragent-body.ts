// origin: review probe (round 10 rules): a prerender service given userAgent from env: mobile vs desktop page, the screenshot differs
// category: image-pipeline
// decorators: tc39
// expect: KP91044|KP91046 RENDER_USER_AGENT
// why: a prerender service given userAgent from env: mobile vs desktop page, the screenshot differs (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
interface Renderer { screenshot(opts: { url: string; width: number; userAgent?: string }): Promise<{ png: string }> }
declare const renderer: Renderer;
export class Previews {
  @memoize({ version: 'preview-v1', ttl: '1d' })
  async preview(url: string, width: number): Promise<string> {
    const { png } = await renderer.screenshot({ url, width, userAgent: process.env.RENDER_USER_AGENT });
    return png;
  }
}
