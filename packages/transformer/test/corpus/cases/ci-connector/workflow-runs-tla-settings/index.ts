// origin: shape of a CI connector that loads its branch filter from a settings file with top-level await in a sibling module
// category: ci-connector
// decorators: legacy
// expect: KP* settings|branch
// why: module data computed at load from a file read (top-level await in a program helper module) is configuration; it filters the upstream request unkeyed
import { Octokit, type WorkflowRun } from '@octokit/rest';
import { memoize } from 'keyproof';
import { settings } from './settings.js';

export interface RunSummary {
  id: number;
  name: string;
  conclusion: string;
  sha: string;
}

export class WorkflowRunsConnector {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'runs-v1', ttl: '10m', cost: 0.0001 })
  async recentRuns(owner: string, repo: string): Promise<RunSummary[]> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({
      owner,
      repo,
      branch: settings.branch,
      per_page: 50,
    });
    return data.workflow_runs.map((r: WorkflowRun) => ({
      id: r.id,
      name: r.name ?? 'unnamed',
      conclusion: r.conclusion ?? 'pending',
      sha: r.head_sha.slice(0, 7),
    }));
  }
}
