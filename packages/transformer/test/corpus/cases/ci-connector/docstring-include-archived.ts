// origin: shape of a GitHub org-repositories reader documenting its filter in prose ("does not include archived repositories unless includeArchived is set")
// category: ci-connector
// decorators: tc39
// expect: clean
import { Octokit, type RepoSummary } from '@octokit/rest';
import { memoize } from 'keyproof';

export class OrgRepositories {
  constructor(private readonly octokit: Octokit) {}

  /**
   * Repositories of an organisation, sorted by last push.
   *
   * The list does not include archived repositories unless includeArchived is true, and never
   * includes forks.
   */
  @memoize({ ttl: '15m' })
  async list(org: string, includeArchived = false): Promise<RepoSummary[]> {
    const repos = await this.octokit.paginate(this.octokit.rest.repos.listForOrg, { org, per_page: 100, type: 'all' });
    return repos.filter((r) => !r.fork && (includeArchived || !r.archived)).sort((a, b) => (b.pushed_at ?? '').localeCompare(a.pushed_at ?? ''));
  }
}
