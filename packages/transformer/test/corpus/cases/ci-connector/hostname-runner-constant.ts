// origin: shape of a self-hosted CI cache client that labels requests with the runner's hostname (os.hostname() read once at module load)
// category: ci-connector
// decorators: tc39
// expect: KP91020 runner
import { hostname } from 'node:os';
import { memoize } from 'keyproof';

const RUNNER = hostname();

export interface ArtifactManifest { key: string; files: { path: string; sha256: string; size: number }[] }
interface ArtifactStore { manifest(cacheKey: string, runner: string): Promise<ArtifactManifest> }

export class BuildCacheClient {
  constructor(private readonly store: ArtifactStore) {}

  @memoize({ ttl: '1h' })
  async manifest(lockfileHash: string, toolchain: string, runner: string): Promise<ArtifactManifest> {
    return this.store.manifest(`${toolchain}-${lockfileHash}`, runner);
  }

  async restore(lockfileHash: string, toolchain: string): Promise<number> {
    const m = await this.manifest(lockfileHash, toolchain, RUNNER);
    return m.files.length;
  }
}
