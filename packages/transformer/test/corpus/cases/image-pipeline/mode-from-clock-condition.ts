// origin: shape of the seed's logo pipeline choosing mode 'refresh' when the stored logo is older than 30 days (a clock comparison picks one of two literals)
// category: image-pipeline
// decorators: tc39
// expect: clean
import { memoize } from 'keyproof';

const DAY_MS = 86_400_000;
export interface StoredLogo { businessId: string; name: string; colors: string[]; sourceHash: string; updatedAt: number }
interface ImageApi { generate(prompt: string): Promise<Uint8Array> }

export class LogoRefresher {
  constructor(private readonly images: ImageApi) {}

  @memoize({ version: 'gen-v3', ttl: '30d', cost: 0.04 })
  async generate(mode: 'new' | 'refresh', name: string, colors: string[], sourceHash: string): Promise<Uint8Array> {
    return this.images.generate(`${mode} logo for ${name} (${colors.join(', ')}), source ${sourceHash}`);
  }

  async ensureFresh(logo: StoredLogo): Promise<Uint8Array> {
    const stale = Date.now() - logo.updatedAt > 30 * DAY_MS;
    const mode = stale ? 'refresh' : 'new';
    return this.generate(mode, logo.name, logo.colors, logo.sourceHash);
  }
}
