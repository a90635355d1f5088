// origin: authors' case (round 10 process imports): an SDK-style client names the machine in its User-Agent only
// category: ci-connector
// decorators: legacy
// expect: clean
// why: the machine's platform, architecture, host name and Node version go only into the User-Agent header, which tells the server who asks; the answer is the same.
import { memoize } from 'keyproof';
import { hostname } from 'node:os';
interface Api { get(url: string, o: { headers: Record<string, string> }): Promise<{ body: string }> }
declare const api: Api;
export class Releases {
  @memoize({ version: 'rel-v1', ttl: '1h' })
  async latest(repo: string): Promise<string> {
    const headers = { 'User-Agent': `ci-bot/2.1 (${process.platform}; ${process.arch}; ${hostname()}) node/${process.version}` };
    return (await api.get(`/repos/${repo}/releases/latest`, { headers })).body;
  }
}
