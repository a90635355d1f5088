// origin: shape of a per-organisation connector factory returning memoised GitHub lookups that close over the owner
// category: ci-connector
// decorators: tc39
// expect: KP* owner
// why: listOpenPulls captures the factory's owner parameter and sends it upstream but keys only repo; two orgs with a same-named repo collide (nothing less: captured parameter)
import { Octokit, type PullSummary } from '@octokit/rest';
import { memoize } from 'keyproof';

const octokit = new Octokit({ userAgent: 'merge-bot' });

export function connectorFor(owner: string) {
  const listOpenPulls = memoize(
    async function listOpenPulls(repo: string): Promise<Pick<PullSummary, 'number' | 'title' | 'updated_at'>[]> {
      const { data } = await octokit.rest.pulls.list({ owner, repo, state: 'open', per_page: 50, sort: 'updated' });
      return data.map((p) => ({ number: p.number, title: p.title, updated_at: p.updated_at }));
    },
    { ttl: '1m', cost: 0.0001 },
  );

  return {
    listOpenPulls,
    async staleCount(repo: string, days: number): Promise<number> {
      const cutoff = Date.now() - days * 86_400_000;
      return (await listOpenPulls(repo)).filter((p) => Date.parse(p.updated_at) < cutoff).length;
    },
  };
}
