// origin: shape of a GitHub org inventory sync that tags debug output with a running sync number from a module-level closure (own writing)
// category: ci-connector
// decorators: tc39
// expect: clean
// why: `nextSyncNo()` returns a per-call value from a closure counter, but it reaches the memoised method only as `syncNo`, excluded by the JSDoc `@excludeFromKey` line and used only in a debug log.
import { Octokit, type RepoSummary } from '@octokit/rest';
import { memoize } from 'keyproof';

const nextSyncNo = (() => {
  let syncs = 0;
  return () => ++syncs;
})();

export interface RepoRow {
  name: string;
  defaultBranch: string;
  lastPush: string | null;
}

export class RepoInventory {
  constructor(private readonly octokit: Octokit) {}

  async refresh(org: string): Promise<RepoRow[]> {
    return this.listActiveRepos(org.toLowerCase(), nextSyncNo());
  }

  /** @excludeFromKey syncNo sequence number for debug logs only */
  @memoize({ version: 'repos-v2', ttl: '1h' })
  async listActiveRepos(org: string, syncNo: number): Promise<RepoRow[]> {
    console.debug(`[sync ${syncNo}] listing repositories of ${org}`);
    const res = await this.octokit.rest.repos.listForOrg({ org, type: 'all', per_page: 100 });
    return res.data
      .filter((r: RepoSummary) => !r.archived && !r.fork)
      .map((r: RepoSummary) => ({ name: r.name, defaultBranch: r.default_branch, lastPush: r.pushed_at }));
  }
}
