// origin: review probe: a GitHub client made once from the environment, and once more in the same module's self-check from a literal placeholder token
// category: ci-connector
// decorators: legacy
// expect: clean
// why: every construction gives the service's own token from configuration or a literal, so it only authenticates (principle 3: a credential).
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

export class ReleaseBranches {
  private readonly octokit: Octokit;

  constructor(token: string) {
    this.octokit = new Octokit({ auth: token });
  }

  @memoize({ version: 'release-branches-v1', ttl: '10m' })
  async defaultBranch(org: string): Promise<string[]> {
    const { data } = await this.octokit.rest.repos.listForOrg({ org, per_page: 100 });
    return data.map((r) => `${r.name}:${r.default_branch}`);
  }
}

export const releaseBranches = new ReleaseBranches(process.env.GITHUB_TOKEN ?? '');
export const anonymousBranches = new ReleaseBranches('');
