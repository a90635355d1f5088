// origin: shape of a paginated pull-request connector whose page object carries a bound `next` method
// category: ci-connector
// decorators: tc39
// expect: KP* pullsPage
// why: the returned page holds a bound method (a function), which cannot be stored and come back
import { Octokit, type PullSummary } from '@octokit/rest';
import { memoize } from 'keyproof';

export interface PullPage {
  items: PullSummary[];
  page: number;
  next: (() => Promise<PullPage>) | null;
}

export class PullPager {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'pull-page-v1', ttl: '2m', cost: 0.0001 })
  async pullsPage(owner: string, repo: string, page: number): Promise<PullPage> {
    const { data } = await this.octokit.rest.pulls.list({ owner, repo, state: 'all', per_page: 50, page });
    return {
      items: data,
      page,
      next: data.length === 50 ? this.pullsPage.bind(this, owner, repo, page + 1) : null,
    };
  }
}
