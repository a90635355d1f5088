// origin: shape of a CI dashboard GitHub connector whose abstract base class exposes the configured page size through a protected getter
// category: ci-connector
// decorators: legacy
// expect: KP* pageSize|settings
// why: `this.pageSize` is a getter over `this.settings.pageSize` (plain data from the injected connector settings, inherited from the base class) and decides how many pulls come back, with no key decision.
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

export interface ConnectorSettings {
  token: string;
  pageSize: number;
}

export abstract class GithubConnectorBase {
  protected readonly octokit: Octokit;

  constructor(protected readonly settings: ConnectorSettings) {
    this.octokit = new Octokit({ auth: settings.token, userAgent: 'ci-dashboard/2.0' });
  }

  protected get pageSize(): number {
    return Math.min(Math.max(this.settings.pageSize, 1), 100);
  }

  abstract readonly source: string;
}

export interface OpenPull {
  number: number;
  title: string;
  author: string | null;
  updatedAt: string;
}

export class OpenPullsConnector extends GithubConnectorBase {
  readonly source = 'github-open-pulls';

  @memoize({ version: 'open-pulls-v1', ttl: '10m' })
  async openPulls(owner: string, repo: string): Promise<OpenPull[]> {
    const { data } = await this.octokit.rest.pulls.list({
      owner,
      repo,
      state: 'open',
      sort: 'updated',
      per_page: this.pageSize,
    });
    return data.map((p) => ({ number: p.number, title: p.title, author: p.user?.login ?? null, updatedAt: p.updated_at }));
  }
}
