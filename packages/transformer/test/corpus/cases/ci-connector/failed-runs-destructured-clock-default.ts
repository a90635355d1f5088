// origin: shape of a flaky-test detector that lists failed workflow runs since a cutoff defaulted, inside a destructured options parameter, to "24 hours ago"
// category: ci-connector
// decorators: tc39
// expect: KP* createdAfter
// why: the destructuring default `createdAfter = new Date(Date.now() - 24h).toISOString()` is the clock at millisecond precision, and it is part of the keyed options object.
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN, userAgent: 'flaky-detector/0.4' });

export interface FailedRunQuery {
  owner: string;
  repo: string;
  branch?: string;
  createdAfter?: string;
}

export interface FailedRun {
  id: number;
  name: string | null;
  sha: string;
  createdAt: string;
}

export const failedRunsSince = memoize(
  async function failedRunsSince({
    owner,
    repo,
    branch = 'main',
    createdAfter = new Date(Date.now() - 24 * 3_600_000).toISOString(),
  }: FailedRunQuery): Promise<FailedRun[]> {
    const { data } = await octokit.rest.actions.listWorkflowRunsForRepo({
      owner,
      repo,
      branch,
      created: `>=${createdAfter}`,
      per_page: 100,
    });
    return data.workflow_runs
      .filter((r) => r.conclusion === 'failure')
      .map((r) => ({ id: r.id, name: r.name, sha: r.head_sha, createdAt: r.created_at }));
  },
  { version: 'failed-runs-v1', ttl: '10m' },
);
