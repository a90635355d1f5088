// origin: review probe: an Express handler builds the GitHub client per request from the signed-in user's token in the session
// category: ci-connector
// decorators: legacy
// expect: KP91040 octokit
// why: each user's token decides which private repositories come back, so instances for two users share entries (principle 2).
import { Octokit } from '@octokit/rest';
import type { Request, Response } from 'express';
import { memoize } from 'keyproof';

export class OrgRepos {
  private readonly octokit: Octokit;

  constructor(token: string) {
    this.octokit = new Octokit({ auth: token, userAgent: 'ci-dash/1.0' });
  }

  @memoize({ version: 'org-repos-v1', ttl: '5m' })
  async names(org: string): Promise<string[]> {
    const { data } = await this.octokit.rest.repos.listForOrg({ org, per_page: 100 });
    return data.map((r) => r.full_name);
  }
}

export async function listRepos(req: Request<{ org: string }>, res: Response): Promise<void> {
  const session = (req as unknown as { session: { githubToken: string } }).session;
  const repos = new OrgRepos(session.githubToken);
  res.json(await repos.names(req.params.org));
}
