// origin: shape of a Nest CI connector whose Octokit client is authenticated from env and identifies the runner (never a verbatim copy)
// category: ci-connector
// decorators: legacy
// expect: clean
// why: the client is built only from a credential and a User-Agent naming the host and platform; its API base is the fixed public one, so no configuration of the client changes the answers (principle 3).
import { Injectable, Logger } from '@nestjs/common';
import { Octokit, type PullSummary } from '@octokit/rest';
import os from 'node:os';
import { memoize } from 'keyproof';

function githubClient(): Octokit {
  return new Octokit({
    auth: process.env.GITHUB_TOKEN,
    userAgent: `merge-queue-bot/4.1 (${os.hostname()}; ${os.platform()} ${os.release()})`,
  });
}

export interface OpenPull {
  number: number;
  title: string;
  author: string;
  updatedAt: string;
}

@Injectable()
export class PullRequestFeed {
  private readonly logger = new Logger('PullRequestFeed');
  private readonly octokit = githubClient();

  /** Every merge-queue tick asks for the same repo's open pulls. */
  @memoize({ version: 'open-pulls-v1', ttl: '2m' })
  async openPulls(owner: string, repo: string): Promise<OpenPull[]> {
    const { data } = await this.octokit.rest.pulls.list({ owner, repo, state: 'open', per_page: 100, sort: 'updated' });
    this.logger.debug(`${owner}/${repo}: ${data.length} open pulls (from ${os.hostname()})`);
    return data.map((p: PullSummary) => ({
      number: p.number,
      title: p.title,
      author: p.user?.login ?? 'ghost',
      updatedAt: p.updated_at,
    }));
  }
}
