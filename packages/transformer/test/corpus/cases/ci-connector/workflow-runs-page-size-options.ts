// origin: shape of a NestJS CI connector whose options object is injected from a module factory (never a verbatim copy)
// category: ci-connector
// decorators: legacy
// expect: KP91040 options
// why: options.maxRuns from the injected options object is sent as per_page and decides how many runs come back, with no key decision on the field (principle 2); its timeout would not matter.
import { Inject, Injectable } from '@nestjs/common';
import { Octokit, type WorkflowRun } from '@octokit/rest';
import { memoize } from 'keyproof';

export const CI_CONNECTOR_OPTIONS = 'CI_CONNECTOR_OPTIONS';

/** Filled by CiConnectorModule.forRootAsync from the ConfigService. */
export interface CiConnectorOptions {
  maxRuns: number;
  requestTimeoutMs: number;
}

export interface RunRow { id: number; name: string; conclusion: string | null; sha: string }

@Injectable()
export class WorkflowRunsConnector {
  constructor(
    private readonly octokit: Octokit,
    @Inject(CI_CONNECTOR_OPTIONS) private readonly options: CiConnectorOptions,
  ) {}

  @memoize({ version: 'runs-v3', ttl: '5m' })
  async recentRuns(owner: string, repo: string, branch: string): Promise<RunRow[]> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({
      owner,
      repo,
      branch,
      per_page: this.options.maxRuns,
    });
    return data.workflow_runs.map((r: WorkflowRun) => ({
      id: r.id,
      name: r.name ?? 'workflow',
      conclusion: r.conclusion,
      sha: r.head_sha,
    }));
  }
}
