// origin: shape of a GitHub connector's pull-request stream (octokit.rest.pulls.list with owner/repo/state/page), the Octokit client an injected service
// category: ci-connector
// decorators: tc39
// expect: clean
import { Octokit, type PullSummary } from '@octokit/rest';
import { memoize } from 'keyproof';

export interface PullRow { number: number; title: string; author: string | null; merged: boolean; updatedAt: string }

export class PullRequestsStream {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ ttl: '5m' })
  async page(owner: string, repo: string, state: 'open' | 'closed' | 'all' = 'all', page = 1, perPage = 100): Promise<PullRow[]> {
    const { data } = await this.octokit.rest.pulls.list({ owner, repo, state, page, per_page: perPage, sort: 'updated' });
    return data.map((p: PullSummary) => ({ number: p.number, title: p.title, author: p.user?.login ?? null, merged: p.merged_at !== null, updatedAt: p.updated_at }));
  }

  async *all(owner: string, repo: string): AsyncGenerator<PullRow> {
    for (let page = 1; ; page++) {
      const rows = await this.page(owner, repo, 'all', page);
      yield* rows;
      if (rows.length < 100) return;
    }
  }
}
