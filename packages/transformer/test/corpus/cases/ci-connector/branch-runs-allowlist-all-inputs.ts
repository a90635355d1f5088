// origin: shape of a CI health connector whose @cacheKey allow-list covers owner, repo and the branch rest parameter, leaving out only a log reason
// category: ci-connector
// decorators: legacy
// expect: clean
// why: every parameter the body sends upstream is in the allow-list; the one left out (`reason`) is used only in a log line.
import { Logger } from '@nestjs/common';
import { Octokit } from '@octokit/rest';
import { cacheKey, memoize } from 'keyproof';

export interface BranchRunHealth {
  branch: string;
  runs: number;
  failures: number;
  lastConclusion: string | null;
}

export class BranchRunsConnector {
  private readonly logger = new Logger('BranchRunsConnector');

  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'branch-runs-v1', ttl: '5m' })
  async health(
    reason: string,
    @cacheKey owner: string,
    @cacheKey repo: string,
    @cacheKey ...branches: string[]
  ): Promise<BranchRunHealth[]> {
    this.logger.log(`branch health for ${owner}/${repo} (${reason})`);
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
