// origin: shape of a package-registry client that resolves a version tag and then fetches its manifest in a .then chain
// category: data-api
// decorators: tc39
// expect: clean
// why: every value in the async IIFE and the .then chain derives from the keyed parameters or constants; the client is a service
import { memoize } from 'keyproof';

interface RegistryApi {
  distTags(name: string): Promise<Record<string, string>>;
  manifest(name: string, version: string): Promise<{ version: string; dependencies: Record<string, string> }>;
}

const REGISTRY_DEFAULT_TAG = 'latest';

export class RegistryClient {
  constructor(private readonly registry: RegistryApi) {}

  @memoize({ version: 'deps-v1', ttl: '1h', cost: 0.0001 })
  async dependencies(name: string, tag?: string): Promise<{ version: string; deps: [string, string][] }> {
    const wanted = tag ?? REGISTRY_DEFAULT_TAG;
    const version = await (async () => {
      const tags = await this.registry.distTags(name.toLowerCase());
      return tags[wanted] ?? tags[REGISTRY_DEFAULT_TAG] ?? '0.0.0';
    })();
    return this.registry
      .manifest(name.toLowerCase(), version)
      .then((m) => Object.entries(m.dependencies).sort(([a], [b]) => a.localeCompare(b)))
      .then((deps) => ({ version, deps }));
  }
}
