// origin: review probe (round 10): memo table filled by helper at a local key var, read by method at the same template text inline
// category: ci-connector
// decorators: legacy
// expect: clean
// why: the helper fills the table at `key`, a local const holding the same template the method looks up inline; the sha stored comes from the key's own parameters through the git service: a memo table, no decision needed.
import { memoize } from 'keyproof';
interface Git { getRef(owner: string, repo: string, ref: string): Promise<{ sha: string }> }
const shas = new Map<string, string>();
export class Refs {
  constructor(private readonly git: Git) {}
  private async resolve(owner: string, repo: string, ref: string): Promise<string> {
    const key = `${owner}/${repo}@${ref}`;
    const { sha } = await this.git.getRef(owner, repo, ref);
    shas.set(key, sha);
    return sha;
  }
  @memoize({ version: 'head-v1', ttl: '5m' })
  async head(owner: string, repo: string, ref: string): Promise<string> {
    return shas.get(`${owner}/${repo}@${ref}`) ?? (await this.resolve(owner, repo, ref));
  }
}
