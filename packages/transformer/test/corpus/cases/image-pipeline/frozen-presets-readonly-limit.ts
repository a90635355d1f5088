// origin: shape of a social-card renderer with a frozen preset table and a readonly max-side limit field
// category: image-pipeline
// decorators: legacy
// expect: clean
// why: PRESETS is a frozen constant object and maxSide a readonly field initialised from a literal; the renderer is an injected service
import { memoize } from 'keyproof';

const PRESETS = Object.freeze({
  twitter: Object.freeze({ width: 1200, height: 675 }),
  linkedin: Object.freeze({ width: 1200, height: 627 }),
  instagram: Object.freeze({ width: 1080, height: 1080 }),
});

interface CardRenderer {
  render(title: string, subtitle: string, width: number, height: number): Promise<Uint8Array>;
}

export class SocialCardService {
  private readonly maxSide = 2048;

  constructor(private readonly renderer: CardRenderer) {}

  @memoize({ version: 'v2', ttl: '90d', cost: 0.004 })
  async card(title: string, subtitle: string, network: keyof typeof PRESETS): Promise<Uint8Array> {
    const { width, height } = PRESETS[network];
    return this.renderer.render(title.slice(0, 90), subtitle.slice(0, 140), Math.min(width, this.maxSide), Math.min(height, this.maxSide));
  }
}
