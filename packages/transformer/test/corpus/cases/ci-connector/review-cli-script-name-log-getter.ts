// origin: review probe: a getter on another object reading process.argv[1] (the script name) used only as a log prefix (getters now followed)
// category: ci-connector
// decorators: tc39
// expect: clean
// why: the script name only prefixes a log line; the repositories returned do not depend on it (nothing more).
import { Octokit, type RepoSummary } from '@octokit/rest';
import { basename } from 'node:path';
import { memoize } from 'keyproof';

class RunInfo {
  get tool(): string {
    return basename(process.argv[1] ?? 'ci-sync');
  }
}
const info = new RunInfo();

export class OrgRepos {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'org-repos-v1', ttl: '10m', cost: 0.0003 })
  async active(org: string): Promise<RepoSummary[]> {
    const prefix = info.tool;
    const { data } = await this.octokit.rest.repos.listForOrg({ org, type: 'all', per_page: 100 });
    console.info(`[${prefix}] ${org}: ${data.length} repositories`);
    return data.filter((r) => !r.archived);
  }
}
