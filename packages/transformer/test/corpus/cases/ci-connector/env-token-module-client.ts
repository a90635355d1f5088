// origin: shape of a single-org CI dashboard module with one Octokit client authenticated by a token from the environment
// category: ci-connector
// decorators: tc39
// expect: clean
// why: the module-level client only carries a credential (the token authenticates, it does not select the data); the org and branch are key fields
import { Octokit, type WorkflowRun } from '@octokit/rest';
import { memoize } from 'keyproof';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN, userAgent: 'ci-dashboard' });

// Every repository this dashboard shows lives in one organisation.
const OWNER = 'acme-platform';

export const recentRuns = memoize(
  async function recentRuns(repo: string, branch: string): Promise<Pick<WorkflowRun, 'id' | 'name' | 'conclusion' | 'head_sha'>[]> {
    const { data } = await octokit.rest.actions.listWorkflowRunsForRepo({ owner: OWNER, repo, branch, per_page: 20 });
    return data.workflow_runs.map((r) => ({ id: r.id, name: r.name, conclusion: r.conclusion, head_sha: r.head_sha }));
  },
  { ttl: '2m', cost: 0.0001 },
);
