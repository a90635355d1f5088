// origin: review probe: env imported from node:process, the GitHub host read as env.GHE_HOST in the body and stated as process.env.GHE_HOST
// category: ci-connector
// decorators: legacy
// expect: clean
// why: env.GHE_HOST is process.env.GHE_HOST and it is in the key (nothing less holds).
import { env } from 'node:process';
import { memoize } from 'keyproof';

export class Releases {
  /** @cacheKey process.env.GHE_HOST */
  @memoize({ version: 'rel-v1', ttl: '10m' })
  async latest(owner: string, repo: string): Promise<string> {
    const res = await fetch(`https://${env.GHE_HOST ?? 'api.github.com'}/repos/${owner}/${repo}/releases/latest`);
    return ((await res.json()) as { tag_name: string }).tag_name;
  }
}
