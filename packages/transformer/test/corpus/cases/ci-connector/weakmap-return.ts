// origin: shape of a build-artifact connector that returns runs together with a WeakMap index from run to its logs URL
// category: ci-connector
// decorators: legacy
// expect: KP* runsWithIndex
// why: a WeakMap cannot be serialised; the declared result holds one, so it cannot survive the store
import { Octokit, type WorkflowRun } from '@octokit/rest';
import { memoize } from 'keyproof';

export interface RunIndex {
  runs: WorkflowRun[];
  logsUrl: WeakMap<WorkflowRun, string>;
}

export class ArtifactConnector {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'artifacts-v1', ttl: '10m', cost: 0.0001 })
  async runsWithIndex(owner: string, repo: string, branch: string): Promise<RunIndex> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, branch, per_page: 30 });
    const logsUrl = new WeakMap<WorkflowRun, string>();
    for (const run of data.workflow_runs) {
      logsUrl.set(run, `https://github.com/${owner}/${repo}/actions/runs/${run.id}`);
    }
    return { runs: data.workflow_runs, logsUrl };
  }
}
