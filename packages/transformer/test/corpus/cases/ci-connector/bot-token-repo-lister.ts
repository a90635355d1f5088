// origin: shape of a CI dashboard backed by a single GitHub bot account (never a verbatim copy)
// category: ci-connector
// decorators: tc39
// expect: clean
// why: the bot token is one credential for the whole deployment and only lets the call through (principle 3); the organisation that picks the answer is the parameter.
import { Octokit, type RepoSummary } from '@octokit/rest';
import type { Request, Response } from 'express';
import { memoize } from 'keyproof';

export interface RepoRow {
  fullName: string;
  private: boolean;
  defaultBranch: string;
  pushedAt: string | null;
}

// The dashboard is internal: every viewer sees what the CI bot sees.
const octokit = new Octokit({ auth: process.env.CI_BOT_TOKEN, userAgent: 'ci-dashboard/1.4' });

export const listOrgRepos = memoize(
  async function listOrgRepos(org: string): Promise<RepoRow[]> {
    const repos = await octokit.paginate<RepoSummary>(
      octokit.rest.repos.listForOrg as never,
      { org, type: 'all', per_page: 100 },
    );
    return repos
      .filter((repo) => !repo.archived && !repo.fork)
      .map((repo) => ({
        fullName: repo.full_name,
        private: repo.private,
        defaultBranch: repo.default_branch,
        pushedAt: repo.pushed_at,
      }));
  },
  { version: 'org-repos-v1', ttl: '10m' },
);

export async function orgReposRoute(req: Request<{ org: string }>, res: Response): Promise<void> {
  res.json(await listOrgRepos(req.params.org));
}
