// origin: review probe: a module-level Octokit authenticated from the environment, its rest namespace called
// category: ci-connector
// decorators: legacy
// expect: clean
// why: the client authenticates with the process's token (a credential), and the answer depends on the org only (nothing more).
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN, userAgent: 'ci-connector/1.4' });

export class OrgRepos {
  @memoize({ version: 'repos-v1', ttl: '10m' })
  async names(org: string): Promise<string[]> {
    const { data } = await octokit.rest.repos.listForOrg({ org, per_page: 100 });
    return data.filter((r) => !r.archived).map((r) => r.full_name);
  }
}
