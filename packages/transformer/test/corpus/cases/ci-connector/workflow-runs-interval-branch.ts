// origin: shape of a CI connector that refreshes the tracked release branch from a settings endpoint with setInterval (never a verbatim copy)
// category: ci-connector
// decorators: tc39
// expect: KP91040 trackedBranch
// why: the plain-data field `trackedBranch` is rewritten by a setInterval refresh and sent as the `branch` filter of the memoised GitHub query, with no @cacheKey/@notKey decision (principle 2).
import { Octokit, type WorkflowRun } from '@octokit/rest';
import { memoize } from 'keyproof';

export interface RunSummary {
  id: number;
  workflow: string;
  conclusion: string | null;
  sha: string;
}

interface SettingsApi {
  get(key: 'ci.trackedBranch'): Promise<string | null>;
}

export class ReleaseHealth {
  private trackedBranch = 'main';
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly octokit: Octokit, settings: SettingsApi) {
    this.timer = setInterval(async () => {
      const branch = await settings.get('ci.trackedBranch').catch(() => null);
      if (branch) this.trackedBranch = branch;
    }, 60_000);
    this.timer.unref();
  }

  @memoize({ version: 'release-runs-v1', ttl: '5m', cost: 0.0001 })
  async recentRuns(owner: string, repo: string, createdSince: string): Promise<RunSummary[]> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({
      owner,
      repo,
      branch: this.trackedBranch,
      created: `>=${createdSince}`,
      per_page: 50,
    });
    return data.workflow_runs.map((r: WorkflowRun) => ({ id: r.id, workflow: r.name ?? 'unnamed', conclusion: r.conclusion, sha: r.head_sha }));
  }

  dispose(): void {
    clearInterval(this.timer);
  }
}
