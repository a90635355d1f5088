// origin: shape of a CI dashboard connector listing workflow runs of the last day (created: '>=' + dayjs().subtract(1, 'day') in the original)
// category: ci-connector
// decorators: tc39
// expect: KP91020 since
import dayjs from 'dayjs';
import { Octokit, type WorkflowRun } from '@octokit/rest';
import { memoize } from 'keyproof';

export class WorkflowRunsClient {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ ttl: '2m' })
  async runsSince(owner: string, repo: string, since: string): Promise<WorkflowRun[]> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, created: `>=${since}`, per_page: 100 });
    return data.workflow_runs;
  }

  async failuresToday(owner: string, repo: string): Promise<number> {
    const runs = await this.runsSince(owner, repo, dayjs().subtract(1, 'day').toISOString());
    return runs.filter((r) => r.conclusion === 'failure').length;
  }
}
