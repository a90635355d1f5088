// origin: shape of faros-ai airbyte-connectors' GitHub OrgRepoFilter.getOrganizations (@Memoize, reads this.config.organizations injected through the constructor)
// category: ci-connector
// decorators: legacy
// expect: KP91040 config
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

export interface GitHubConfig { organizations?: string[]; excludedOrganizations?: string[]; url?: string }
interface AirbyteLogger { info(message: string): void }
interface GitHubClient { visibleOrganizations(): Promise<string[]> }

export class OrgRepoFilter {
  constructor(private readonly config: GitHubConfig, private readonly logger: AirbyteLogger, private readonly github: GitHubClient, private readonly octokit: Octokit) {}

  @memoize({ ttl: '1h' })
  async getOrganizations(): Promise<readonly string[]> {
    const visible = await this.github.visibleOrganizations();
    const wanted = this.config.organizations?.length ? this.config.organizations : visible;
    const excluded = new Set((this.config.excludedOrganizations ?? []).map((o) => o.toLowerCase()));
    const orgs = wanted.map((o) => o.toLowerCase()).filter((o) => !excluded.has(o) && visible.includes(o));
    this.logger.info(`syncing ${orgs.length} organizations`);
    return orgs;
  }
}
