// origin: shape of a CI status connector that keeps a switchable default branch in a static #private field
// category: ci-connector
// decorators: tc39
// expect: KP* #defaultBranch|defaultBranch
// why: static #defaultBranch is mutable class state (setDefaultBranch writes it); it filters the upstream workflow runs but is not keyed
import { Octokit, type WorkflowRun } from '@octokit/rest';
import { memoize } from 'keyproof';

export class CiStatusConnector {
  static #defaultBranch = 'main';

  static setDefaultBranch(branch: string): void {
    CiStatusConnector.#defaultBranch = branch;
  }

  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'ci-status-v2', ttl: '2m', cost: 0.0001 })
  async latestRuns(owner: string, repo: string): Promise<Pick<WorkflowRun, 'id' | 'name' | 'conclusion' | 'head_sha'>[]> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({
      owner,
      repo,
      branch: CiStatusConnector.#defaultBranch,
      per_page: 20,
    });
    return data.workflow_runs.map(({ id, name, conclusion, head_sha }) => ({ id, name, conclusion, head_sha }));
  }
}
