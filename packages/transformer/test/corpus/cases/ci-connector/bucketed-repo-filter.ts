// origin: shape of faros-ai airbyte-connectors' GitHub OrgRepoFilter (typescript-memoize @Memoize on getRepositories), with the bucketing helper that splits repositories across workers
// category: ci-connector
// decorators: legacy
// expect: KP91040 bucketId
import { createHash } from 'node:crypto';
import { Octokit, type RepoSummary } from '@octokit/rest';
import { memoize } from 'keyproof';

interface AirbyteLogger { info(message: string): void; debug(message: string): void }

export class BucketedRepoFilter {
  constructor(
    private readonly octokit: Octokit,
    private readonly logger: AirbyteLogger,
    private readonly bucketId: number,
    private readonly bucketTotal: number,
  ) {}

  @memoize({ ttl: '1h' })
  async getRepositories(org: string): Promise<readonly RepoSummary[]> {
    const repos = await this.octokit.paginate(this.octokit.rest.repos.listForOrg, { org, per_page: 100 });
    const mine = (repos as RepoSummary[]).filter((r) => !r.archived && this.isRepoInBucket(org, r.name));
    this.logger.info(`${mine.length} of ${repos.length} repositories of ${org} in this bucket`);
    return mine;
  }

  private isRepoInBucket(org: string, repo: string): boolean {
    const digest = createHash('md5').update(`${org}/${repo}`.toLowerCase()).digest().readUInt32BE(0);
    return (digest % this.bucketTotal) + 1 === this.bucketId;
  }
}
