// origin: shape of a CI health connector that checks many branches with bounded concurrency (never a verbatim copy)
// category: ci-connector
// decorators: tc39
// expect: clean
// why: `options.concurrency` only decides how many branches are fetched at once; the health map is the same for any value (principle 3, stride not size); the token only authenticates.
import { Octokit, type WorkflowRun } from '@octokit/rest';
import { memoize } from 'keyproof';

export interface ConnectorOptions {
  token: string;
  /** Parallel requests against the GitHub API; keep it low to stay under secondary rate limits. */
  concurrency: number;
}

export interface BranchHealth {
  runs: number;
  failureRate: number;
}

const RUN_WINDOW = 30;

export class CiHealthConnector {
  private readonly octokit: Octokit;

  constructor(private readonly options: ConnectorOptions) {
    this.octokit = new Octokit({ auth: options.token, userAgent: 'ci-health/2.0' });
  }

  @memoize({ version: 'repo-health-v1', ttl: '5m' })
  async repoHealth(owner: string, repo: string, branches: string[]): Promise<Record<string, BranchHealth>> {
    const result: Record<string, BranchHealth> = {};
    const queue = [...branches];
    const lane = async (): Promise<void> => {
      for (let branch = queue.shift(); branch !== undefined; branch = queue.shift()) {
        const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, branch, per_page: RUN_WINDOW });
        const finished = data.workflow_runs.filter((run: WorkflowRun) => run.status === 'completed');
        const failed = finished.filter((run) => run.conclusion === 'failure').length;
        result[branch] = { runs: finished.length, failureRate: finished.length ? failed / finished.length : 0 };
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, this.options.concurrency) }, lane));
    // Lanes finish in any order; answer in the order the branches were asked for.
    return Object.fromEntries(branches.map((branch) => [branch, result[branch]]));
  }
}

export function createCiConnector(token: string): CiHealthConnector {
  return new CiHealthConnector({ token, concurrency: Number(process.env.CI_HEALTH_CONCURRENCY ?? 4) });
}
