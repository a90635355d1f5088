// origin: shape of a pull-request digest connector with an injected Octokit, a key-derived slug helper and a metrics tag parameter
// category: ci-connector
// decorators: legacy
// expect: clean
// why: owner/repo/state are keyed; the slug helper derives from them; the metrics tag is @notKey and only tags a counter; constants come from `as const`
import { Octokit, type PullSummary } from '@octokit/rest';
import { memoize, notKey } from 'keyproof';

interface Metrics {
  increment(name: string, tags: Record<string, string>): void;
}

const PAGE = { per_page: 50, sort: 'updated' } as const;

function slug(owner: string, repo: string): string {
  return `${owner}/${repo}`.toLowerCase();
}

export class PullDigestConnector {
  constructor(
    private readonly octokit: Octokit,
    private readonly metrics: Metrics,
  ) {}

  @memoize({ version: 'prs-v3', ttl: '5m', cost: 0.0001 })
  async openPulls(owner: string, repo: string, state: 'open' | 'closed', @notKey('metrics tag only') caller: string): Promise<{ slug: string; pulls: Pick<PullSummary, 'number' | 'title'>[] }> {
    this.metrics.increment('github.pulls.fetch', { caller, repo: slug(owner, repo) });
    const { data } = await this.octokit.rest.pulls.list({ owner, repo, state, ...PAGE });
    return { slug: slug(owner, repo), pulls: data.map(({ number, title }) => ({ number, title })) };
  }
}
