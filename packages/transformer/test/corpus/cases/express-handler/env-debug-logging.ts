// origin: shape of an Express-side client that logs upstream calls when process.env.DEBUG is set (a switch for logs, nothing the answer depends on)
// category: express-handler
// decorators: legacy
// expect: clean
import type { Request, Response } from 'express';
import { memoize } from 'keyproof';

export interface Repo { fullName: string; stars: number; description: string | null }

export class GithubRepos {
  @memoize({ ttl: '10m' })
  async repo(owner: string, name: string): Promise<Repo> {
    if (process.env['DEBUG']?.includes('github')) console.debug(`GET /repos/${owner}/${name}`);
    const res = await fetch(`https://api.github.com/repos/${owner}/${name}`);
    const r = (await res.json()) as { full_name: string; stargazers_count: number; description: string | null };
    return { fullName: r.full_name, stars: r.stargazers_count, description: r.description };
  }
}

export const repoRoute = (repos: GithubRepos) => async (req: Request<{ owner: string; name: string }>, res: Response): Promise<void> => {
  res.json(await repos.repo(req.params.owner, req.params.name));
};
