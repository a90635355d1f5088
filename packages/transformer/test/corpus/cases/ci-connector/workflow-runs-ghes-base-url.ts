// origin: shape of a CI connector that talks to GitHub Enterprise Server when GITHUB_API_URL is set (never a verbatim copy)
// category: ci-connector
// decorators: tc39
// expect: KP91046|KP91044 octokit
// why: the Octokit client is built from configuration (its base URL from the environment picks github.com or an enterprise server), and the runs it returns depend on which; nothing states that in the key (principle 2: a client built from configuration).
import { Octokit, type WorkflowRun } from '@octokit/rest';
import { memoize } from 'keyproof';

const octokit = new Octokit({
  auth: process.env.GITHUB_TOKEN,
  baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
});

export interface RunDigest {
  id: number;
  name: string;
  conclusion: string;
  sha: string;
}

export class WorkflowRunsConnector {
  /** Finished runs for a branch on one day; `day` is YYYY-MM-DD, so finished days never change. */
  @memoize({ version: 'runs-v3', ttl: '7d' })
  async finishedRuns(owner: string, repo: string, branch: string, day: string): Promise<RunDigest[]> {
    const { data } = await octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, branch, created: day, per_page: 100 });
    return data.workflow_runs
      .filter((r) => r.status === 'completed')
      .map((r: WorkflowRun) => ({ id: r.id, name: r.name ?? 'workflow', conclusion: r.conclusion ?? 'unknown', sha: r.head_sha }));
  }
}
