// origin: shape of an org-scoped CI connector with the org as a @cacheKey field and an injected Octokit client
// category: ci-connector
// decorators: legacy
// expect: clean
// key: this.org
// why: the org field selects the data and is keyed; the client is injected (a service); the page size is a constant
import { Octokit, type RepoSummary } from '@octokit/rest';
import { memoize, cacheKey } from 'keyproof';

const PER_PAGE = 100;

export class OrgRepoIndex {
  @cacheKey readonly org: string;

  constructor(private readonly octokit: Octokit, org: string) {
    this.org = org.toLowerCase();
  }

  @memoize({ version: 'v2', ttl: '30m', cost: 0.0002 })
  async reposPage(page: number): Promise<Pick<RepoSummary, 'full_name' | 'private'>[]> {
    const { data } = await this.octokit.rest.repos.listForOrg({ org: this.org, per_page: PER_PAGE, page });
    return data.map((r) => ({ full_name: r.full_name, private: r.private }));
  }
}
