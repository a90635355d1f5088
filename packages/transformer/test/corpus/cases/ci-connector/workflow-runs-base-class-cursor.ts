// origin: shape of a CI sync connector whose shared base class hands out the next page number from an instance cursor (own writing)
// category: ci-connector
// decorators: legacy
// expect: KP* pageNo|pageCursor
// why: the inherited helper `nextPage()` returns `++this.pageCursor`, a field that persists on the connector across syncs, and its value is the `@cacheKey` parameter `pageNo`.
import { Octokit, type WorkflowRun } from '@octokit/rest';
import { memoize, cacheKey } from 'keyproof';

export interface RunDigest {
  id: number;
  name: string;
  conclusion: string;
  sha: string;
}

abstract class PagedSyncConnector {
  protected pageCursor = 0;

  protected nextPage(): number {
    return ++this.pageCursor;
  }
}

export class GithubWorkflowConnector extends PagedSyncConnector {
  constructor(private readonly octokit: Octokit) {
    super();
  }

  async syncRuns(owner: string, repo: string, branch: string, requestedBy: string): Promise<RunDigest[]> {
    const pageNo = this.nextPage();
    return this.workflowRuns(owner, repo, branch, pageNo, requestedBy);
  }

  @memoize({ version: 'gh-actions-v1', ttl: '10m' })
  async workflowRuns(
    @cacheKey owner: string,
    @cacheKey repo: string,
    @cacheKey branch: string,
    @cacheKey pageNo: number,
    requestedBy: string,
  ): Promise<RunDigest[]> {
    console.info(`${requestedBy} syncing ${owner}/${repo}@${branch}`);
    const res = await this.octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, branch, per_page: 50, page: pageNo });
    return res.data.workflow_runs.map((run: WorkflowRun) => ({
      id: run.id,
      name: run.name ?? 'unnamed',
      conclusion: run.conclusion ?? 'pending',
      sha: run.head_sha,
    }));
  }
}
