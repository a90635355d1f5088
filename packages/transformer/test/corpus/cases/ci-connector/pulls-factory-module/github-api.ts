// A small GitHub facade built once from fixed options.
import { Octokit, type PullSummary } from '@octokit/rest';

export interface GitHubApiOptions {
  baseUrl: string;
  userAgent: string;
  pageSize: number;
}

export function createGitHubApi(opts: GitHubApiOptions) {
  const octokit = new Octokit({ baseUrl: opts.baseUrl, userAgent: opts.userAgent });
  return {
    async openPulls(owner: string, repo: string): Promise<PullSummary[]> {
      const { data } = await octokit.rest.pulls.list({ owner, repo, state: 'open', per_page: opts.pageSize, sort: 'updated' });
      return data;
    },
  };
}

export const github = createGitHubApi({
  baseUrl: 'https://api.github.com',
  userAgent: 'acme-ci-connector/2.3',
  pageSize: 50,
});
