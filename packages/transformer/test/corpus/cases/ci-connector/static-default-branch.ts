// origin: shape of a CI connector whose static default branch is reassigned by the app's config loader at boot
// category: ci-connector
// decorators: legacy
// expect: KP* defaultBranch
// why: a mutable static field picks the ref whose workflow runs are fetched, yet it is neither keyed nor excluded (nothing less: static state)
import { Octokit, type WorkflowRun } from '@octokit/rest';
import { memoize } from 'keyproof';

export class WorkflowHealth {
  static defaultBranch = 'main';

  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'v1', ttl: '5m', cost: 0.0001 })
  async failureRate(owner: string, repo: string): Promise<number> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({
      owner,
      repo,
      branch: WorkflowHealth.defaultBranch,
      per_page: 50,
    });
    const done = data.workflow_runs.filter((r: WorkflowRun) => r.status === 'completed');
    return done.length === 0 ? 0 : done.filter((r) => r.conclusion === 'failure').length / done.length;
  }
}

export function applyConfig(cfg: { defaultBranch?: string }): void {
  if (cfg.defaultBranch) WorkflowHealth.defaultBranch = cfg.defaultBranch;
}
