// origin: shape of a CI health connector created by a factory with options (never a verbatim copy)
// category: ci-connector
// decorators: tc39
// expect: KP91040 options
// why: `options.maxRuns` decides how many runs are fetched and therefore the failure rate returned, so the options field is data shaping the answer with no decision (principle 2, size not stride).
import { Octokit, type WorkflowRun } from '@octokit/rest';
import { memoize } from 'keyproof';

export interface ConnectorOptions {
  token: string;
  /** How many recent runs the health score looks at. */
  maxRuns: number;
}

export interface BranchHealth {
  branch: string;
  runs: number;
  failureRate: number;
  lastFailureSha: string | null;
}

export class CiHealthConnector {
  private readonly octokit: Octokit;

  constructor(private readonly options: ConnectorOptions) {
    this.octokit = new Octokit({ auth: options.token, userAgent: 'ci-health/2.0' });
  }

  @memoize({ version: 'branch-health-v1', ttl: '5m' })
  async branchHealth(owner: string, repo: string, branch: string): Promise<BranchHealth> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({
      owner,
      repo,
      branch,
      per_page: this.options.maxRuns,
    });
    const finished = data.workflow_runs.filter((run: WorkflowRun) => run.status === 'completed');
    const failed = finished.filter((run) => run.conclusion === 'failure');
    return {
      branch,
      runs: finished.length,
      failureRate: finished.length ? failed.length / finished.length : 0,
      lastFailureSha: failed[0]?.head_sha ?? null,
    };
  }
}

export function createCiConnector(token: string): CiHealthConnector {
  return new CiHealthConnector({ token, maxRuns: Number(process.env.CI_HEALTH_WINDOW ?? 30) });
}
