// origin: shape of a CI connector factory whose memoised pull-request fetcher captures only its client, a logger and constants (your own writing, never a verbatim copy)
// category: ci-connector
// decorators: legacy
// expect: clean
// why: the closure captures a service (Octokit), a logger used only for logs, and as-const constants; the owner is a parameter of the memoised function, so everything that shapes the answer is keyed
import { Octokit } from '@octokit/rest';
import { Logger } from '@nestjs/common';
import { memoize } from 'keyproof';

const DEFAULTS = { perPage: 50, state: 'open' } as const;

export function createPullsConnector(octokit: Octokit) {
  const logger = new Logger('PullsConnector');

  const openPulls = memoize(
    async function openPulls(owner: string, repo: string) {
      const { data } = await octokit.rest.pulls.list({ owner, repo, state: DEFAULTS.state, per_page: DEFAULTS.perPage, sort: 'updated' });
      logger.debug(`${owner}/${repo}: ${data.length} open pulls`);
      return data.map((p) => ({ number: p.number, title: p.title, author: p.user?.login ?? null, updatedAt: p.updated_at }));
    },
    { version: 'pulls-v2', ttl: '1m', cost: 0.0001 },
  );

  return { openPulls };
}
