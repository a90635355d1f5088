// origin: probe: the same client with the service account's token from the environment
// category: express-handler
// decorators: tc39
// expect: clean
// why: one bot token from the process's configuration only authenticates; every caller sees the same repositories (principle 3).
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

export class BotRepos {
  constructor(private readonly token: string) {}

  @memoize({ version: 'bot-repos-v1', ttl: '5m' })
  async list(org: string): Promise<string[]> {
    const res = await fetch(`https://api.github.com/orgs/${org}/repos?per_page=100`, {
      headers: { authorization: `Bearer ${this.token}`, 'user-agent': 'repo-lister/1.0' },
    });
    const repos = (await res.json()) as { full_name: string }[];
    return repos.map((r) => r.full_name);
  }
}

const bot = new BotRepos(process.env.GITHUB_BOT_TOKEN ?? '');
export const router = Router();
router.get('/orgs/:org/repos', async (req: Request, res: Response) => {
  res.json(await bot.list(String(req.params.org)));
});
