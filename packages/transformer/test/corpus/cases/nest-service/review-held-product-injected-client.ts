// origin: review probe: readonly field = makeLoader(this.octokit) (an injected client) called as this.load()
// category: nest-service
// decorators: legacy
// expect: clean
import { memoize } from 'keyproof';
interface Octo { getRepo(owner: string, repo: string): Promise<{ stars: number }> }
declare function inject<T>(token: string): T;
function makeLoader(client: Octo): (owner: string, repo: string) => Promise<number> {
  return async (owner, repo) => (await client.getRepo(owner, repo)).stars;
}
export class Stars {
  private readonly octokit = inject<Octo>('octokit');
  private readonly load = makeLoader(this.octokit);
  @memoize({ version: 'stars-v1', ttl: '1h' })
  async stars(owner: string, repo: string): Promise<number> {
    return this.load(owner, repo);
  }
}
