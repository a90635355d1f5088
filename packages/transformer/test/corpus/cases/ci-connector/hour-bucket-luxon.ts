// origin: shape of a CI connector fetching pull requests per repo with an hour bucket from luxon to bound staleness (your own writing)
// category: ci-connector
// decorators: legacy
// expect: clean
// why: `hour` is `DateTime.now().startOf('hour')` formatted where it is written: a time bucket, not a per-call value; the Octokit client is a service
import { Octokit, type PullSummary } from '@octokit/rest';
import { DateTime } from 'luxon';
import { memoize } from 'keyproof';

export class PullRequestFeed {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'prs-v1', ttl: '1h', cost: 0.0002 })
  async openPulls(owner: string, repo: string, hour: string): Promise<PullSummary[]> {
    const { data } = await this.octokit.rest.pulls.list({ owner, repo, state: 'open', per_page: 100, sort: 'updated' });
    return data;
  }

  async staleCount(owner: string, repo: string): Promise<number> {
    const hour = DateTime.now().startOf('hour').toISO() ?? '';
    const pulls = await this.openPulls(owner, repo, hour);
    const cutoff = DateTime.now().minus({ days: 14 }).toMillis();
    return pulls.filter((p) => Date.parse(p.updated_at) < cutoff).length;
  }
}
