// origin: shape of a package-metadata client that can be pointed at an internal registry mirror (never a verbatim copy)
// category: data-api
// decorators: tc39
// expect: clean
// why: the registry URL comes from the environment and is sent upstream, but the method excludes it with a reason (mirrors serve byte-identical metadata), which is a stated decision (principle 2).
import { memoize } from 'keyproof';

const REGISTRY_URL = (process.env.NPM_REGISTRY_URL ?? 'https://registry.npmjs.org').replace(/\/$/, '');

export interface PackageVersionInfo {
  name: string;
  version: string;
  license: string | null;
  dependencies: Record<string, string>;
  tarball: string;
}

export class RegistryClient {
  /**
   * Metadata for one published version. Published versions are immutable.
   * @excludeFromKey REGISTRY_URL the corporate mirror proxies the public registry byte for byte
   */
  @memoize({ version: 'pkg-meta-v1' })
  async versionInfo(name: string, version: string): Promise<PackageVersionInfo> {
    const res = await fetch(`${REGISTRY_URL}/${name.replace('/', '%2f')}/${encodeURIComponent(version)}`, {
      headers: { Accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`${name}@${version}: registry answered ${res.status}`);
    const body = (await res.json()) as { name: string; version: string; license?: string; dependencies?: Record<string, string>; dist: { tarball: string } };
    return {
      name: body.name,
      version: body.version,
      license: body.license ?? null,
      dependencies: { ...(body.dependencies ?? {}) },
      tarball: body.dist.tarball,
    };
  }
}
