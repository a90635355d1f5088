// origin: shape of a CI dashboard connector listing an organisation's repositories through a small env wrapper (never a verbatim copy)
// category: ci-connector
// decorators: tc39
// expect: KP91044|KP91046 org
// why: the organisation comes from process.env through the CiEnv wrapper's getter and decides which repositories are listed, yet it is not in the key (principle 2).
import { Octokit, type RepoSummary } from '@octokit/rest';
import { memoize } from 'keyproof';

/** Typed view over the CI runner's environment. */
class CiEnv {
  get org(): string {
    const org = process.env.GITHUB_ORG;
    if (!org) throw new Error('GITHUB_ORG is required');
    return org;
  }
  get token(): string | undefined {
    return process.env.GITHUB_TOKEN;
  }
}

export const ciEnv = new CiEnv();
const octokit = new Octokit({ auth: ciEnv.token, userAgent: 'ci-dashboard/2.1' });

export interface RepoRow { name: string; defaultBranch: string; pushedAt: string | null }

export class RepoDirectory {
  @memoize({ version: 'org-repos-v1', ttl: '1h' })
  async activeRepos(kind: 'all' | 'public' | 'private'): Promise<RepoRow[]> {
    const rows: RepoRow[] = [];
    for (let page = 1; page <= 10; page++) {
      const { data } = await octokit.rest.repos.listForOrg({ org: ciEnv.org, type: kind, per_page: 100, page });
      rows.push(...data.filter((r: RepoSummary) => !r.archived && !r.fork).map((r) => ({
        name: r.full_name,
        defaultBranch: r.default_branch,
        pushedAt: r.pushed_at,
      })));
      if (data.length < 100) break;
    }
    return rows;
  }
}
