// origin: shape of a CI connector that renders a build-status message for chat, stamping run times with toLocaleString()
// category: ci-connector
// decorators: tc39
// expect: KP* toLocaleString|locale|timeZone
// why: toLocaleString() with no locale uses the machine's default locale and time zone, which shape the returned message unkeyed
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

export class BuildStatusFormatter {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'status-v1', ttl: '5m', cost: 0.0001 })
  async statusMessage(owner: string, repo: string, branch: string): Promise<string> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, branch, per_page: 5 });
    const lines = data.workflow_runs.map((run) => {
      const started = new Date(run.created_at).toLocaleString();
      const icon = run.conclusion === 'success' ? '✅' : run.conclusion === 'failure' ? '❌' : '⏳';
      return `${icon} ${run.name ?? 'workflow'} @ ${run.head_sha.slice(0, 7)} (started ${started})`;
    });
    return [`*${owner}/${repo}* on \`${branch}\``, ...lines].join('\n');
  }
}
