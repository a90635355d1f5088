// origin: shape of a CI inventory script that takes the GitHub org from the command line (never a verbatim copy)
// category: ci-connector
// decorators: tc39
// expect: KP91046 org
// why: the org comes from argv at start-up and decides whose repositories are listed, but the memoised method is keyed only on the page, so another org's run would get this org's repos (principle 2: the command line is outside input).
import { argv, env } from 'node:process';
import { Octokit, type RepoSummary } from '@octokit/rest';
import { memoize } from 'keyproof';

// usage: node inventory.js <org> [--include-archived]
const org = argv[2] ?? 'acme-platform';
const includeArchived = argv.includes('--include-archived');

const octokit = new Octokit({ auth: env.GITHUB_TOKEN, userAgent: 'ci-inventory/1.2' });

class RepoInventory {
  /** One page of the org's repositories; the inventory is rebuilt by several pipelines per hour. */
  @memoize({ version: 'org-repos-v2', ttl: '1h' })
  async page(page: number): Promise<RepoSummary[]> {
    const { data } = await octokit.rest.repos.listForOrg({ org, type: 'all', per_page: 100, page });
    return data.map((r) => ({ ...r }));
  }
}

export async function main(): Promise<void> {
  const inventory = new RepoInventory();
  const all: RepoSummary[] = [];
  for (let p = 1; ; p++) {
    const batch = await inventory.page(p);
    all.push(...batch);
    if (batch.length < 100) break;
  }
  const shown = includeArchived ? all : all.filter((r) => !r.archived);
  for (const repo of shown) console.log(`${repo.full_name}\t${repo.default_branch}`);
}
