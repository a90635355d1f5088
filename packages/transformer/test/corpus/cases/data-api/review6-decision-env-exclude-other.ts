// origin: review probe: @excludeFromKey of a mirror host variable, while another variable (the catalogue) is also sent
// category: data-api
// decorators: legacy
// expect: KP91044 CATALOGUE
// why: excluding the mirror (same data on every mirror) says nothing about the catalogue, which picks the data (principle 2).
import { memoize } from 'keyproof';

export class PackageInfoService {
  /** @excludeFromKey process.env.REGISTRY_MIRROR every mirror serves the same packages */
  @memoize({ version: 'pkg-v1', ttl: '1h' })
  async packageInfo(name: string): Promise<unknown> {
      const host = process.env.REGISTRY_MIRROR ?? 'registry.internal';
      const res = await fetch(`https://${host}/${process.env.CATALOGUE ?? 'public'}/${name}`);
      return res.json();
  }
}
