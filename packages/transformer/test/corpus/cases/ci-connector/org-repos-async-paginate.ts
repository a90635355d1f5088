// origin: shape of a CI dashboard connector that walks GitHub pages with an async generator and for await (never a verbatim copy)
// category: ci-connector
// decorators: tc39
// expect: clean
// why: the async generator is driven only by the key parameters and the injected Octokit client; the page counter is a local and the timing goes to a log (principles 2 and 3).
import { Octokit, type RepoSummary } from '@octokit/rest';
import { memoize } from 'keyproof';

const PER_PAGE = 100;

async function* repoPages(octokit: Octokit, org: string, type: string): AsyncGenerator<RepoSummary[]> {
  for (let page = 1; ; page++) {
    const { data } = await octokit.rest.repos.listForOrg({ org, type, per_page: PER_PAGE, page });
    if (data.length === 0) return;
    yield data;
    if (data.length < PER_PAGE) return;
  }
}

export interface RepoRow {
  name: string;
  defaultBranch: string;
  pushedAt: string | null;
}

export class OrgInventory {
  constructor(private readonly octokit: Octokit) {}

  /** Active repositories of an organisation, for the CI coverage dashboard. */
  @memoize({ version: 'org-repos-v2', ttl: '1h', cost: 0.0001 })
  async activeRepos(org: string, includeForks = false): Promise<RepoRow[]> {
    const started = Date.now();
    const rows: RepoRow[] = [];
    let pages = 0;
    for await (const page of repoPages(this.octokit, org, includeForks ? 'all' : 'sources')) {
      pages++;
      for (const r of page) {
        if (r.archived) continue;
        rows.push({ name: r.name, defaultBranch: r.default_branch, pushedAt: r.pushed_at });
      }
    }
    console.debug(`${org}: ${rows.length} repos in ${pages} pages, ${Date.now() - started}ms`);
    return rows.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }
}
