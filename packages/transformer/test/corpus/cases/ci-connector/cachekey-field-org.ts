// origin: shape of a GitHub org inventory connector constructed per organisation, declaring the organisation part of its key (your own writing, never a verbatim copy)
// category: ci-connector
// decorators: tc39
// key: this.org
// expect: clean
// why: the per-instance org reaches the request and is decided: @cacheKey on the field keys it; the user agent is a readonly field initialised from a literal and Octokit is an injected service
import { Octokit } from '@octokit/rest';
import { cacheKey, memoize } from 'keyproof';

export class OrgInventory {
  @cacheKey readonly org: string;
  private readonly perPage = 100;

  constructor(private readonly octokit: Octokit, org: string) {
    this.org = org.toLowerCase();
  }

  @memoize({ version: 'inv-v1', ttl: '1h', cost: 0.0002 })
  async activeRepos(includeForks: boolean): Promise<{ name: string; defaultBranch: string }[]> {
    const { data } = await this.octokit.rest.repos.listForOrg({ org: this.org, type: 'all', per_page: this.perPage });
    return data
      .filter((r) => !r.archived && (includeForks || !r.fork))
      .map((r) => ({ name: r.name, defaultBranch: r.default_branch }));
  }
}
