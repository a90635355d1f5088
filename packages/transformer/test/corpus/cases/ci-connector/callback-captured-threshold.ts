// origin: shape of a repository-inventory helper that takes a filter callback built from a dashboard setting
// category: ci-connector
// decorators: tc39
// expect: KP* filter|includeArchived
// why: the memoised function receives a callback whose captured state (includeArchived) shapes the answer; a function cannot stand for that state in the key
import { Octokit, type RepoSummary } from '@octokit/rest';
import { memoize } from 'keyproof';

const octokit = new Octokit({ userAgent: 'inventory-bot/1.0' });

export const listRepos = memoize(
  async function listRepos(org: string, filter: (repo: RepoSummary) => boolean): Promise<string[]> {
    const repos: RepoSummary[] = [];
    for (let page = 1; page <= 10; page++) {
      const { data } = await octokit.rest.repos.listForOrg({ org, per_page: 100, page });
      repos.push(...data);
      if (data.length < 100) break;
    }
    return repos.filter(filter).map((r) => r.full_name).sort();
  },
  { version: 'repos-v1', ttl: '1h', cost: 0.0005 },
);

export async function dashboardRepos(org: string, includeArchived: boolean): Promise<string[]> {
  const visible = (repo: RepoSummary) => !repo.fork && (includeArchived || !repo.archived);
  return listRepos(org, visible);
}
