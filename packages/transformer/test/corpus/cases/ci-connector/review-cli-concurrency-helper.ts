// origin: review probe: a helper reading --concurrency from process.argv, used only to size the batches of parallel requests (command line read in helpers)
// category: ci-connector
// decorators: tc39
// expect: clean
// why: however many pulls are fetched at once, the same pull requests come back in the same order; the flag only paces the calls (nothing more).
import { Octokit, type PullSummary } from '@octokit/rest';
import { memoize } from 'keyproof';

function concurrency(): number {
  const flag = process.argv.find((a) => a.startsWith('--concurrency='));
  return Math.max(1, Number(flag?.split('=')[1] ?? 4));
}

export class PullsReader {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'pulls-many-v1', ttl: '5m', cost: 0.0005 })
  async openPulls(owner: string, repos: string[]): Promise<PullSummary[]> {
    const width = concurrency();
    const out: PullSummary[] = [];
    for (let i = 0; i < repos.length; i += width) {
      const batch = repos.slice(i, i + width);
      const pages = await Promise.all(batch.map((repo) => this.octokit.rest.pulls.list({ owner, repo, state: 'open', per_page: 100 })));
      for (const page of pages) out.push(...page.data);
    }
    return out;
  }
}
