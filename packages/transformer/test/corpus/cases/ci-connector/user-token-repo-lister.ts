// origin: shape of a CI dashboard that lists an organisation's repositories for the signed-in user (never a verbatim copy)
// category: ci-connector
// decorators: tc39
// expect: KP91046 userToken
// why: the OAuth token is captured from the user's session and decides whose view of the organisation comes back (private repositories differ per user), so the closure's capture must be decided (principle 2); it is data with a credential-like name.
import { Octokit, type RepoSummary } from '@octokit/rest';
import type { Request, Response } from 'express';
import { memoize } from 'keyproof';

export interface RepoRow {
  fullName: string;
  private: boolean;
  defaultBranch: string;
  pushedAt: string | null;
}

// One lister per session: the dashboard shows the repositories this user can see.
export function repoListerFor(userToken: string) {
  return memoize(
    async function listOrgRepos(org: string): Promise<RepoRow[]> {
      const octokit = new Octokit({ auth: userToken, userAgent: 'ci-dashboard/1.4' });
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
}

export async function orgReposRoute(req: Request<{ org: string }>, res: Response): Promise<void> {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
  const list = repoListerFor(token);
  res.json(await list(req.params.org));
}
