// origin: shape of a CI dashboard connector factory that returns a memoised workflow-runs fetcher for one GitHub owner (your own writing, never a verbatim copy)
// category: ci-connector
// decorators: tc39
// expect: KP* owner
// why: nothing less: the memoised function captures the factory parameter owner and sends it to GitHub; two connectors for different owners would share entries for the same repo and branch
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

export interface RunRow {
  id: number;
  sha: string;
  conclusion: string | null;
}

export function createRunsConnector(octokit: Octokit, owner: string) {
  const recentRuns = memoize(
    async function recentRuns(repo: string, branch: string): Promise<RunRow[]> {
      const { data } = await octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, branch, per_page: 20 });
      return data.workflow_runs.map((r) => ({ id: r.id, sha: r.head_sha, conclusion: r.conclusion }));
    },
    { version: 'runs-v1', ttl: '2m', cost: 0.0001 },
  );

  return {
    async failing(repo: string, branch = 'main'): Promise<RunRow[]> {
      return (await recentRuns(repo, branch)).filter((r) => r.conclusion === 'failure');
    },
  };
}
