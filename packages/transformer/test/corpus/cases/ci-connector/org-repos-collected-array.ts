// origin: shape of a GitHub org inventory connector that pages with a private async generator and memoises only the method collecting it into an array
// category: ci-connector
// decorators: legacy
// expect: clean
// why: the generator is a private helper that is not memoised; the memoised method returns Promise<OrgRepository[]> of plain data, and `includeArchived` is a key parameter.
import { Octokit, type RepoSummary } from '@octokit/rest';
import { memoize } from 'keyproof';

export interface OrgRepository {
  name: string;
  fullName: string;
  defaultBranch: string;
  archived: boolean;
}

const PAGE = 100;

export class OrgRepositoryConnector {
  constructor(private readonly octokit: Octokit) {}

  private async *pages(org: string): AsyncGenerator<RepoSummary[]> {
    for (let page = 1; ; page++) {
      const { data } = await this.octokit.rest.repos.listForOrg({ org, type: 'all', per_page: PAGE, page });
      yield data;
      if (data.length < PAGE) return;
    }
  }

  @memoize({ version: 'org-repositories-v1', ttl: '1h' })
  async repositoriesOf(org: string, includeArchived = false): Promise<OrgRepository[]> {
    const out: OrgRepository[] = [];
    for await (const page of this.pages(org)) {
      for (const r of page) {
        if (r.archived && !includeArchived) continue;
        out.push({ name: r.name, fullName: r.full_name, defaultBranch: r.default_branch, archived: r.archived });
      }
    }
    return out;
  }
}
