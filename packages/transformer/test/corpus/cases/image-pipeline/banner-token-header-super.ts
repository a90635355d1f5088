// origin: shape of a banner renderer whose base class adds the rendering service's bearer token from the environment to every request
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: the header helper reached through super reads process.env.RENDER_API_TOKEN, a credential that only goes into the authorization header; everything else is constant or a parameter.
import { memoize } from 'keyproof';

export interface RenderClient {
  render(
    template: string,
    fields: Record<string, string>,
    options: { width: number; height: number; headers: Record<string, string> },
  ): Promise<Uint8Array>;
}

abstract class AuthedRenderBase {
  constructor(protected readonly renderer: RenderClient) {}

  protected requestHeaders(): Record<string, string> {
    return { authorization: `Bearer ${process.env.RENDER_API_TOKEN ?? ''}` };
  }
}

const BANNER_TEMPLATE = 'promo-banner-2024';

export class BannerRenderer extends AuthedRenderBase {
  protected override requestHeaders(): Record<string, string> {
    return { ...super.requestHeaders(), 'user-agent': 'banner-renderer/1.4' };
  }

  @memoize({ version: 'promo-banner-v1', ttl: '14d', cost: 0.002 })
  async renderBanner(headline: string, ctaLabel: string, width: number, height: number): Promise<Uint8Array> {
    return this.renderer.render(BANNER_TEMPLATE, { headline, cta: ctaLabel }, {
      width,
      height,
      headers: this.requestHeaders(),
    });
  }
}
