// origin: shape of a CI health connector that keys on owner and repo with @cacheKey and takes the branches to inspect as a rest parameter
// category: ci-connector
// decorators: legacy
// expect: KP* branches
// why: @cacheKey on owner and repo makes the key exactly those two, but the rest parameter `branches` (left out) decides which runs are fetched and returned.
import { Octokit } from '@octokit/rest';
import { cacheKey, memoize } from 'keyproof';

export interface BranchHealth {
  branch: string;
  runs: number;
  failures: number;
  lastConclusion: string | null;
}

export class BranchHealthConnector {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'branch-health-v2', ttl: '5m' })
  async health(@cacheKey owner: string, @cacheKey repo: string, ...branches: string[]): Promise<BranchHealth[]> {
    const targets = branches.length > 0 ? branches : ['main'];
    return Promise.all(
      targets.map(async (branch) => {
        const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, branch, per_page: 50 });
        const runs = data.workflow_runs;
        return {
          branch,
          runs: runs.length,
          failures: runs.filter((r) => r.conclusion === 'failure').length,
          lastConclusion: runs[0]?.conclusion ?? null,
        };
      }),
    );
  }
}
