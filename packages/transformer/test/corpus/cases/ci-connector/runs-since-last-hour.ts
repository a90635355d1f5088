// origin: shape of a CI dashboard connector listing workflow runs created "in the last hour" through a small date helper (your own writing)
// category: ci-connector
// decorators: tc39
// expect: KP* created|sinceLastHour
// why: `created` is a keyed parameter fed by `sinceLastHour()`, a clock minus an hour but not truncated to the hour: it differs every millisecond (nothing more)
import { Octokit, type WorkflowRun } from '@octokit/rest';
import { memoize } from 'keyproof';

const octokit = new Octokit({ userAgent: 'ci-dashboard/1.4' });

function sinceLastHour(): string {
  const from = new Date(Date.now() - 60 * 60 * 1000);
  return `>=${from.toISOString()}`;
}

export const recentRuns = memoize(
  async function recentRuns(owner: string, repo: string, branch: string, created: string): Promise<WorkflowRun[]> {
    const { data } = await octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, branch, created, per_page: 100 });
    return data.workflow_runs;
  },
  { ttl: '2m', cost: 0.0001 },
);

export async function failingRecently(owner: string, repo: string): Promise<string[]> {
  const runs = await recentRuns(owner, repo, 'main', sinceLastHour());
  return runs.filter((r) => r.conclusion === 'failure').map((r) => r.name ?? String(r.id));
}
