// origin: authors' case (round 10 process imports): os.platform and os.arch imported by name pick the artifact
// category: ci-connector
// decorators: tc39
// expect: KP91044|KP91046 platform
// why: platform() and arch() imported from node:os are the machine's, as process.platform is; they pick the artifact fetched, and another machine gets another answer under the same key.
import { memoize } from 'keyproof';
import { arch, platform } from 'node:os';
interface Api { get(url: string): Promise<{ body: string }> }
declare const api: Api;
export class Tools {
  @memoize({ version: 't-v1', ttl: '1d' })
  async checksum(tool: string): Promise<string> {
    return (await api.get(`/tools/${tool}/${platform()}-${arch()}.sha256`)).body;
  }
}
