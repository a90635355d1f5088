// origin: shape of a CI status connector returning a union of two exported run classes, keyed on the commit sha (your own writing)
// category: ci-connector
// decorators: legacy
// expect: clean
// why: the result is `CompletedRun | PendingRun`, a union of two exported classes, in an array; both are restored on a hit (return value fine)
import { Injectable } from '@nestjs/common';
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';
import { CompletedRun, PendingRun } from './summaries';

@Injectable()
export class CommitStatusService {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'runs-v2', ttl: '1m', cost: 0.0001 })
  async runsForSha(owner: string, repo: string, sha: string): Promise<(CompletedRun | PendingRun)[]> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, per_page: 50 });
    return data.workflow_runs
      .filter((r) => r.head_sha === sha)
      .map((r) =>
        r.status === 'completed'
          ? new CompletedRun(r.id, r.head_sha, r.conclusion ?? 'unknown', new Date(r.created_at))
          : new PendingRun(r.id, r.head_sha, r.status ?? 'queued'),
      );
  }
}
