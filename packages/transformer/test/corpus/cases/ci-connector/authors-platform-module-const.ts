// origin: authors' case (round 10 process imports): the artifact's platform named once at load, then used in the URL
// category: ci-connector
// decorators: tc39
// expect: KP91044|KP91046 TARGET
// why: the machine's platform and architecture, named once at load in TARGET, pick the artifact fetched; another machine of the fleet gets another answer under the same key.
import { memoize } from 'keyproof';
import { arch, platform } from 'node:os';
interface Api { get(url: string): Promise<{ body: string }> }
declare const api: Api;
const TARGET = `${process.platform}-${process.arch}`;
export class Artifacts {
  @memoize({ version: 'a-v1', ttl: '1d' })
  async manifest(tool: string): Promise<string> {
    void arch; void platform;
    return (await api.get(`/tools/${tool}/${TARGET}/manifest.json`)).body;
  }
}
