// origin: shape of a CI connector class that builds an Octokit client per customer from their GitHub Enterprise URL and token
// category: ci-connector
// decorators: legacy
// expect: KP* octokit|gheUrl
// why: the client is built from per-tenant constructor arguments (the Enterprise base URL identifies whose repos answer); repos of two tenants would share entries (a client whose configuration identifies it)
import { Octokit, type RepoSummary } from '@octokit/rest';
import { memoize } from 'keyproof';

export class GheRepoConnector {
  private readonly octokit: Octokit;

  constructor(gheUrl: string, token: string) {
    this.octokit = new Octokit({ baseUrl: `${gheUrl.replace(/\/$/, '')}/api/v3`, auth: token, userAgent: 'ci-connector/1.4' });
  }

  @memoize({ version: 'v1', ttl: '10m', cost: 0.0001 })
  async activeRepos(org: string): Promise<Pick<RepoSummary, 'name' | 'default_branch' | 'pushed_at'>[]> {
    const { data } = await this.octokit.rest.repos.listForOrg({ org, type: 'all', per_page: 100 });
    return data
      .filter((r) => !r.archived && !r.fork)
      .map((r) => ({ name: r.name, default_branch: r.default_branch, pushed_at: r.pushed_at }));
  }
}
