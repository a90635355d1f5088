// origin: probe: a GitHub client holding a token field, made per request from the signed-in user's OAuth token
// category: express-handler
// decorators: tc39
// expect: KP91040 token
// why: the user's token decides which private repositories the listing shows, so two users would share one entry (principle 2).
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

export class UserRepos {
  constructor(private readonly token: string) {}

  @memoize({ version: 'user-repos-v1', ttl: '5m' })
  async list(org: string): Promise<string[]> {
    const res = await fetch(`https://api.github.com/orgs/${org}/repos?per_page=100`, {
      headers: { authorization: `Bearer ${this.token}`, 'user-agent': 'repo-lister/1.0' },
    });
    const repos = (await res.json()) as { full_name: string }[];
    return repos.map((r) => r.full_name);
  }
}

export const router = Router();
router.get('/orgs/:org/repos', async (req: Request, res: Response) => {
  const session = (req as unknown as { session: { githubToken: string } }).session;
  const repos = new UserRepos(session.githubToken);
  res.json(await repos.list(String(req.params.org)));
});
