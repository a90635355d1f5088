// origin: shape of a CI connector instantiated once per customer GitHub organisation, keying its repository listing by that org
// category: ci-connector
// decorators: tc39
// expect: clean
// key: this.org
// why: a @cacheKey field set from the constructor's tenant (the org) is fine; the client is injected, not built from the tenant
import { Octokit, type RepoSummary } from '@octokit/rest';
import { memoize, cacheKey } from 'keyproof';

export interface RepoRow {
  name: string;
  defaultBranch: string;
  archived: boolean;
}

export class OrgRepoConnector {
  @cacheKey readonly org: string;

  constructor(private readonly octokit: Octokit, org: string) {
    this.org = org;
  }

  @memoize({ version: 'repos-v2', ttl: '1h', cost: 0.0002 })
  async activeRepos(includeForks: boolean): Promise<RepoRow[]> {
    const repos: RepoSummary[] = [];
    for (let page = 1; page <= 10; page++) {
      const { data } = await this.octokit.rest.repos.listForOrg({ org: this.org, type: 'all', per_page: 100, page });
      repos.push(...data);
      if (data.length < 100) break;
    }
    return repos
      .filter((r) => !r.archived && (includeForks || !r.fork))
      .map((r) => ({ name: r.name, defaultBranch: r.default_branch, archived: r.archived }));
  }
}
