// origin: review probe: a CLI options object whose getter reads --branch from process.argv, sent upstream (getter + command line in helper, positive)
// category: ci-connector
// decorators: tc39
// expect: KP91044|KP91046 argv
// why: the branch from the command line picks which runs are listed, so the process's command line shapes the answer (principle 2).
import { Octokit, type WorkflowRun } from '@octokit/rest';
import { memoize } from 'keyproof';

class CliOptions {
  get branch(): string {
    const flag = process.argv.find((a) => a.startsWith('--branch='));
    return flag ? flag.slice('--branch='.length) : 'main';
  }
}

export const cli = new CliOptions();

export class RunsReader {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'runs-v2', ttl: '2m', cost: 0.0002 })
  async latestRuns(owner: string, repo: string): Promise<WorkflowRun[]> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, branch: cli.branch, per_page: 20 });
    return data.workflow_runs;
  }
}
