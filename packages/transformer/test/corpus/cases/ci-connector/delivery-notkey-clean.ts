// origin: shape of a NestJS GitHub-app service reading repo lists with an injected Octokit and a delivery id for logs (your own writing)
// category: ci-connector
// decorators: legacy
// expect: clean
// why: `deliveryId` is `@notKey` and only logged; the Octokit client is injected by token (a service); filters come from parameters
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Octokit, type RepoSummary } from '@octokit/rest';
import { memoize, notKey } from 'keyproof';

const PER_PAGE = 100;

@Injectable()
export class OrgReposService {
  private readonly logger = new Logger('org-repos');

  constructor(@Inject('OCTOKIT') private readonly octokit: Octokit) {}

  @memoize({ version: 'repos-v1', ttl: '10m', cost: 0.0003 })
  async activeRepos(org: string, includeForks: boolean, @notKey('webhook delivery, logs only') deliveryId?: string): Promise<Pick<RepoSummary, 'name' | 'default_branch' | 'pushed_at'>[]> {
    const all: RepoSummary[] = [];
    for (let page = 1; page <= 10; page++) {
      const { data } = await this.octokit.rest.repos.listForOrg({ org, type: 'all', per_page: PER_PAGE, page });
      all.push(...data);
      if (data.length < PER_PAGE) break;
    }
    this.logger.debug(`delivery ${deliveryId ?? '-'}: ${all.length} repos in ${org}`);
    return all
      .filter((r) => !r.archived && (includeForks || !r.fork))
      .map(({ name, default_branch, pushed_at }) => ({ name, default_branch, pushed_at }));
  }
}
