// origin: authors' case (round 10 process imports): process.platform/arch pick the artifact downloaded (per machine), not keyed
// category: ci-connector
// decorators: legacy
// expect: KP91044|KP91046 process.platform
// why: process.platform and process.arch pick the artifact downloaded: per machine, not in the key.
import { memoize } from 'keyproof';
interface Api { get(url: string): Promise<{ body: string }> }
declare const api: Api;
export class Toolchain {
  @memoize({ version: 'tc-v1', ttl: '1d' })
  async checksum(version: string): Promise<string> {
    return (await api.get(`/releases/${version}/tool-${process.platform}-${process.arch}.sha256`)).body;
  }
}
