// origin: shape of an internal CI helper marked @internal whose prose says it is "not part of the public API" and describes its key in passing ("the cache key covers every argument")
// category: ci-connector
// decorators: tc39
// expect: clean
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

export class CheckRuns {
  constructor(private readonly octokit: Octokit) {}

  /**
   * Workflow runs of a branch, newest first.
   *
   * @internal Not part of the public API of this package. The cache key covers every argument,
   * including the branch, so branches never share results.
   */
  @memoize({ ttl: '1m' })
  async runsOf(owner: string, repo: string, branch: string): Promise<{ id: number; conclusion: string | null }[]> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, branch, per_page: 20 });
    return data.workflow_runs.map((r) => ({ id: r.id, conclusion: r.conclusion }));
  }
}
