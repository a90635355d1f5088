// origin: shape of a GitHub org inventory connector that memoises an async generator paging through the organisation's repositories
// category: ci-connector
// decorators: legacy
// expect: KP* reposOf|AsyncGenerator
// why: the memoised method is an async generator: it returns an AsyncGenerator, not a Promise, so there is no single settled value to store.
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

export interface OrgRepo {
  name: string;
  fullName: string;
  defaultBranch: string;
  archived: boolean;
}

const PER_PAGE = 100;

export class OrgInventoryConnector {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'org-repos-v1', ttl: '1h' })
  async *reposOf(org: string): AsyncGenerator<OrgRepo> {
    for (let page = 1; ; page++) {
      const { data } = await this.octokit.rest.repos.listForOrg({ org, type: 'all', per_page: PER_PAGE, page });
      for (const r of data) {
        yield { name: r.name, fullName: r.full_name, defaultBranch: r.default_branch, archived: r.archived };
      }
      if (data.length < PER_PAGE) return;
    }
  }
}
