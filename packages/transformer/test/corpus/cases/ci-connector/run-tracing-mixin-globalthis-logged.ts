// origin: shape of a GitHub Actions connector composed from mixins, one of which labels debug output with a deploy colour from a global
// category: ci-connector
// decorators: tc39
// expect: clean
// why: the mixin method reads globalThis.__ciDeployColor only for a console.debug line; the workflow-run request uses the parameters alone.
import { Octokit, type WorkflowRun } from '@octokit/rest';
import { memoize } from 'keyproof';

declare global {
  // Set by the blue/green launcher so log lines show which stack answered.
  var __ciDeployColor: 'blue' | 'green' | undefined;
}

type MixinBase<T = object> = new (...args: any[]) => T;

function WithRunTracing<TBase extends MixinBase>(Base: TBase) {
  return class extends Base {
    traceLabel(operation: string): string {
      return `[ci:${globalThis.__ciDeployColor ?? 'unknown'}] ${operation}`;
    }
  };
}

class ActionsConnectorBase {
  constructor(readonly octokit: Octokit) {}
}

export class WorkflowRunConnector extends WithRunTracing(ActionsConnectorBase) {
  @memoize({ version: 'failed-runs-v1', ttl: '5m' })
  async failedRuns(owner: string, repo: string, branch: string): Promise<WorkflowRun[]> {
    console.debug(this.traceLabel(`listWorkflowRunsForRepo ${owner}/${repo}@${branch}`));
    const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({
      owner,
      repo,
      branch,
      per_page: 50,
    });
    return data.workflow_runs.filter((run) => run.conclusion === 'failure');
  }
}
