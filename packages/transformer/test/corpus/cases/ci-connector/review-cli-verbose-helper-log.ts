// origin: review probe: the command line read in a helper (`--verbose`) that only decides whether to log (processMemberAt for argv in helpers)
// category: ci-connector
// decorators: tc39
// expect: clean
// why: the flag only decides whether a log line is written; the runs returned are the same either way (nothing more).
import { Octokit, type WorkflowRun } from '@octokit/rest';
import { memoize } from 'keyproof';

function verbose(): boolean {
  return process.argv.includes('--verbose');
}

export class RunsReader {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'runs-v1', ttl: '2m', cost: 0.0002 })
  async failedRuns(owner: string, repo: string, branch: string): Promise<WorkflowRun[]> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, branch, per_page: 50 });
    const failed = data.workflow_runs.filter((r) => r.conclusion === 'failure');
    if (verbose()) console.log(`${owner}/${repo}@${branch}: ${failed.length} failed of ${data.total_count}`);
    return failed;
  }
}
