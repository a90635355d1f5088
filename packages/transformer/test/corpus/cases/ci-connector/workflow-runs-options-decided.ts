// origin: shape of a NestJS CI connector whose options object is injected from a module factory (never a verbatim copy)
// category: ci-connector
// decorators: legacy
// expect: clean
// why: the injected options are decided on the field (@cacheKey: maxRuns shapes the answer), the allow-list leaves out only the abort signal, which just cancels the wait (principles 2 and 3).
import { Inject, Injectable } from '@nestjs/common';
import { Octokit, type WorkflowRun } from '@octokit/rest';
import { cacheKey, memoize } from 'keyproof';

export const CI_CONNECTOR_OPTIONS = 'CI_CONNECTOR_OPTIONS';

/** Filled by CiConnectorModule.forRootAsync from the ConfigService. */
export interface CiConnectorOptions {
  maxRuns: number;
  requestTimeoutMs: number;
}

export interface RunRow { id: number; name: string; conclusion: string | null; sha: string }

@Injectable()
export class WorkflowRunsConnector {
  @cacheKey
  @Inject(CI_CONNECTOR_OPTIONS)
  private readonly options!: CiConnectorOptions;

  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'runs-v3', ttl: '5m' })
  async recentRuns(
    @cacheKey owner: string,
    @cacheKey repo: string,
    @cacheKey branch: string,
    signal?: AbortSignal,
  ): Promise<RunRow[]> {
    const request = this.octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, branch, per_page: this.options.maxRuns });
    const aborted = new Promise<never>((_, reject) => signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const { data } = await Promise.race([request, aborted]);
    return data.workflow_runs.map((r: WorkflowRun) => ({
      id: r.id,
      name: r.name ?? 'workflow',
      conclusion: r.conclusion,
      sha: r.head_sha,
    }));
  }
}
