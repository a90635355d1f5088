// origin: shape of a GitHub org dashboard connector composed from mixins, one of which picks the repository type from a global set at bootstrap
// category: ci-connector
// decorators: tc39
// expect: KP* __dashboardRepoScope|repoScope
// why: activeRepos() passes this.repoScope() as the listForOrg type, and that mixin method reads globalThis.__dashboardRepoScope, which changes which repositories come back.
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

declare global {
  // Set by the dashboard bootstrap from the operator's saved view.
  var __dashboardRepoScope: 'all' | 'public' | 'private' | 'forks' | 'sources' | undefined;
}

type Constructor<T = object> = new (...args: any[]) => T;

function WithRepoScope<TBase extends Constructor>(Base: TBase) {
  return class extends Base {
    repoScope(): string {
      return globalThis.__dashboardRepoScope ?? 'sources';
    }
  };
}

class GithubConnectorBase {
  constructor(readonly octokit: Octokit) {}
}

export class OrgRepoConnector extends WithRepoScope(GithubConnectorBase) {
  @memoize({ version: 'org-repos-v1', ttl: '10m' })
  async activeRepos(org: string): Promise<string[]> {
    const { data } = await this.octokit.rest.repos.listForOrg({
      org,
      type: this.repoScope(),
      per_page: 100,
    });
    return data.filter((repo) => !repo.archived).map((repo) => repo.full_name);
  }
}
