// origin: shape of an org-wide CI audit (for each repo of listForOrg, read its default branch protection), destructuring in the loop header
// category: ci-connector
// decorators: legacy
// expect: clean
import { Octokit, type RepoSummary } from '@octokit/rest';
import { memoize } from 'keyproof';

export interface WorkflowFile { path: string; sha: string }

export class CiAudit {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ ttl: '1h' })
  async workflowFile(owner: string, repo: string, ref: string): Promise<WorkflowFile | null> {
    try {
      const { data } = await this.octokit.rest.repos.getContent({ owner, repo, path: '.github/workflows/ci.yml', ref });
      return { path: '.github/workflows/ci.yml', sha: data.sha };
    } catch {
      return null;
    }
  }

  async missingCi(org: string): Promise<string[]> {
    const { data: repos } = await this.octokit.rest.repos.listForOrg({ org, per_page: 100 });
    const missing: string[] = [];
    for (const { name, default_branch: branch, archived } of repos as RepoSummary[]) {
      if (archived) continue;
      if ((await this.workflowFile(org, name, branch)) === null) missing.push(name);
    }
    return missing;
  }
}
