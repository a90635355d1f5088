// origin: shape of an incremental-sync connector stream (Airbyte style): `let since` starts at the epoch and is reassigned from the clock when the sync is incremental, then keys a memoised fetch
// category: ci-connector
// decorators: legacy
// expect: KP91020 since
import { Octokit, type PullSummary } from '@octokit/rest';
import { memoize } from 'keyproof';

export class PullRequestsSync {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ ttl: '5m' })
  async updatedSince(owner: string, repo: string, since: string): Promise<PullSummary[]> {
    const { data } = await this.octokit.rest.pulls.list({ owner, repo, state: 'all', per_page: 100, sort: 'updated' });
    return data.filter((p) => p.updated_at >= since);
  }

  async sync(owner: string, repo: string, incremental: boolean, lookbackHours = 6): Promise<number> {
    let since = '1970-01-01T00:00:00Z';
    if (incremental) {
      since = new Date(Date.now() - lookbackHours * 3_600_000).toISOString();
    }
    return (await this.updatedSince(owner, repo, since)).length;
  }
}
