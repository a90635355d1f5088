// origin: shape of a flaky-test detector whose destructured cutoff defaults to yesterday's date (a date-only string) and that parses run timestamps into Dates
// category: ci-connector
// decorators: tc39
// expect: clean
// why: the default `since` is quantised to a day where it is written (luxon toISODate()), and the Dates in the result are built from stored run timestamps, not the clock.
import { DateTime } from 'luxon';
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

const github = new Octokit({ auth: process.env.GITHUB_TOKEN, userAgent: 'flaky-detector/0.5' });

export interface DailyFailureQuery {
  owner: string;
  repo: string;
  branch?: string;
  since?: string;
}

export interface DailyFailure {
  id: number;
  name: string | null;
  sha: string;
  createdAt: Date;
}

export const failuresSinceDay = memoize(
  async function failuresSinceDay({
    owner,
    repo,
    branch = 'main',
    since = DateTime.utc().minus({ days: 1 }).toISODate() ?? '1970-01-01',
  }: DailyFailureQuery): Promise<DailyFailure[]> {
    const { data } = await github.rest.actions.listWorkflowRunsForRepo({
      owner,
      repo,
      branch,
      created: `>=${since}`,
      per_page: 100,
    });
    return data.workflow_runs
      .filter((r) => r.conclusion === 'failure')
      .map((r) => ({ id: r.id, name: r.name, sha: r.head_sha, createdAt: new Date(r.created_at) }));
  },
  { version: 'daily-failures-v1', ttl: '1h' },
);
