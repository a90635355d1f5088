// origin: shape of a CI health connector returning a summary class that is declared in the module but never exported (your own writing, never a verbatim copy)
// category: ci-connector
// decorators: tc39
// expect: clean
// why: return value: BranchHealth is declared at the top of the method's own file, so the plan names it there and a hit comes back as a BranchHealth (exporting matters only for a class declared in another file). Written blind expecting 91032; corrected, see the corpus README, fourth round
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

class BranchHealth {
  constructor(public readonly branch: string, public readonly passed: number, public readonly failed: number) {}

  get ratio(): number {
    const total = this.passed + this.failed;
    return total === 0 ? 1 : this.passed / total;
  }
}

export class CiHealthConnector {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'health-v1', ttl: '5m', cost: 0.0001 })
  async healthOf(owner: string, repo: string, branch: string): Promise<BranchHealth> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, branch, per_page: 50 });
    const runs = data.workflow_runs;
    return new BranchHealth(
      branch,
      runs.filter((r) => r.conclusion === 'success').length,
      runs.filter((r) => r.conclusion === 'failure').length,
    );
  }
}
