// origin: shape of a CI connector listing open pull requests with an Octokit client built at module load (never a verbatim copy)
// category: ci-connector
// decorators: tc39
// expect: clean
// why: the client is built from a token and a User-Agent only, neither of which changes what GitHub returns; owner, repo and state are parameters and the page size is a constant (principle 3).
import { Octokit, type PullSummary } from '@octokit/rest';
import { memoize } from 'keyproof';

const PER_PAGE = 100;

const octokit = new Octokit({
  auth: process.env.GITHUB_TOKEN,
  userAgent: `merge-queue-bot/${process.env.npm_package_version ?? '0.0.0'} (+https://example.dev/bot)`,
});

export interface PullRow { number: number; title: string; author: string | null; updatedAt: string }

export class PullRequestFeed {
  private requests = 0;

  /** Every pull request in the given state, newest first. */
  @memoize({ version: 'pulls-v2', ttl: '2m' })
  async pulls(owner: string, repo: string, state: 'open' | 'closed' | 'all'): Promise<PullRow[]> {
    const out: PullRow[] = [];
    for (let page = 1; ; page++) {
      this.requests++;
      const { data } = await octokit.rest.pulls.list({ owner, repo, state, per_page: PER_PAGE, page, sort: 'updated' });
      out.push(...data.map((p: PullSummary) => ({ number: p.number, title: p.title, author: p.user?.login ?? null, updatedAt: p.updated_at })));
      if (data.length < PER_PAGE) break;
    }
    console.debug(`pulls ${owner}/${repo}: ${out.length} rows, ${this.requests} GitHub requests since start`);
    return out;
  }
}
