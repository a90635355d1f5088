// origin: review probe: readonly field = fetchStars.bind(null, this.octokit) (an injected client) called in the memo
// category: nest-service
// decorators: tc39
// expect: clean
import { memoize } from 'keyproof';
interface Octo { getRepo(owner: string, repo: string): Promise<{ stars: number }> }
declare function inject<T>(token: string): T;
async function fetchStars(client: Octo, owner: string, repo: string): Promise<number> {
  return (await client.getRepo(owner, repo)).stars;
}
export class Stars {
  private readonly octokit = inject<Octo>('octokit');
  private readonly load = fetchStars.bind(null, this.octokit);
  @memoize({ version: 'stars-v2', ttl: '1h' })
  async stars(owner: string, repo: string): Promise<number> {
    return this.load(owner, repo);
  }
}
