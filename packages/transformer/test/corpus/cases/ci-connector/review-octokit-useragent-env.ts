// origin: review probe: an Octokit client built with a token and a User-Agent from process.env (travelsOnly, right side)
// category: ci-connector
// decorators: tc39
// expect: clean
// why: the token authenticates and the User-Agent names the caller; the org's public repository list is the same (nothing more).
import { Octokit, type RepoSummary } from '@octokit/rest';
import { memoize } from 'keyproof';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN, userAgent: process.env.APP_USER_AGENT ?? 'ci-sync/1.0' });

export const publicRepos = memoize(
  async function publicRepos(org: string): Promise<string[]> {
    const { data } = await octokit.rest.repos.listForOrg({ org, type: 'public', per_page: 100 });
    return data.map((r: RepoSummary) => r.full_name);
  },
  { version: 'public-repos-v1', ttl: '1h', cost: 0.0001 },
);
