// origin: shape of a NestJS CI connector caching workflow runs per repository (never a verbatim copy)
// category: ci-connector
// decorators: legacy
// expect: KP91048 branch
// why: the @cacheKey allow-list names owner and repo only, yet the body filters the upstream request by branch, so runs of different branches would share one entry (principle 2).
import { Injectable, Logger } from '@nestjs/common';
import { Octokit, type WorkflowRun } from '@octokit/rest';
import { cacheKey, memoize } from 'keyproof';

export interface RunRow { id: number; name: string; conclusion: string | null; createdAt: string }

@Injectable()
export class WorkflowRunsCache {
  private readonly logger = new Logger(WorkflowRunsCache.name);

  constructor(private readonly octokit: Octokit) {}

  /** Latest runs of a repository; timeoutMs only bounds how long we wait for GitHub. */
  @memoize({ version: 'runs-by-repo-v1', ttl: '5m' })
  async latestRuns(
    @cacheKey owner: string,
    @cacheKey repo: string,
    branch: string,
    timeoutMs: number,
  ): Promise<RunRow[]> {
    const timer = setTimeout(() => this.logger.warn(`runs for ${owner}/${repo} slower than ${timeoutMs}ms`), timeoutMs);
    try {
      const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, branch, per_page: 50 });
      return data.workflow_runs.map((r: WorkflowRun) => ({
        id: r.id,
        name: r.name ?? 'workflow',
        conclusion: r.conclusion,
        createdAt: r.created_at,
      }));
    } finally {
      clearTimeout(timer);
    }
  }
}
