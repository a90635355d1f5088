// origin: shape of a CI dashboard GitHub connector whose abstract base class keeps its page size in a static readonly constant and exposes it through a getter
// category: ci-connector
// decorators: legacy
// expect: clean
// why: the getter returns a static readonly field initialised with a constant, the token is a credential, and the Octokit client is a service.
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

export abstract class GithubReaderBase {
  protected static readonly PAGE_SIZE = 50;

  protected readonly octokit = new Octokit({ auth: process.env.GITHUB_TOKEN, userAgent: 'ci-dashboard/2.1' });

  protected get pageSize(): number {
    return GithubReaderBase.PAGE_SIZE;
  }

  abstract readonly source: string;
}

export interface ReviewablePull {
  number: number;
  title: string;
  author: string | null;
  updatedAt: string;
}

export class ReviewQueueConnector extends GithubReaderBase {
  readonly source = 'github-review-queue';

  @memoize({ version: 'review-queue-v1', ttl: '10m' })
  async reviewQueue(owner: string, repo: string): Promise<ReviewablePull[]> {
    const { data } = await this.octokit.rest.pulls.list({
      owner,
      repo,
      state: 'open',
      sort: 'updated',
      per_page: this.pageSize,
    });
    return data.map((p) => ({ number: p.number, title: p.title, author: p.user?.login ?? null, updatedAt: p.updated_at }));
  }
}
