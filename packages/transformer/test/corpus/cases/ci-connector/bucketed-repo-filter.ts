// origin: shape of faros-ai airbyte-connectors' GitHub source (GitHub.isRepoInBucket(org, repo) comparing a hash bucket of `${org}/${repo}` with this.bucketId / this.bucketTotal from cfg.bucket_id, next to @Memoize() methods), the repository listing memoised
// category: ci-connector
// decorators: legacy
// expect: KP91040 bucketId
import { createHash } from 'node:crypto';
import { Octokit, type RepoSummary } from '@octokit/rest';
import { memoize } from 'keyproof';

export interface GitHubConfig { token: string; bucket_id?: number; bucket_total?: number }
interface AirbyteLogger { info(message: string): void; debug(message: string): void }

function bucket(key: string, data: string, bucketTotal: number): number {
  return (createHash('md5').update(`${key}${data}`).digest().readUInt32BE(0) % bucketTotal) + 1;
}

export class GitHubRepos {
  private readonly bucketId: number;
  private readonly bucketTotal: number;

  constructor(cfg: GitHubConfig, private readonly octokit: Octokit, private readonly logger: AirbyteLogger) {
    this.bucketId = cfg.bucket_id ?? 1;
    this.bucketTotal = cfg.bucket_total ?? 1;
  }

  private isRepoInBucket(org: string, repo: string): boolean {
    return bucket('farosai/airbyte-github-source', `${org}/${repo}`, this.bucketTotal) === this.bucketId;
  }

  /** The organisation's repositories this worker syncs (workers share one cache store). */
  @memoize({ ttl: '1h' })
  async getRepositories(org: string): Promise<readonly RepoSummary[]> {
    const repos = await this.octokit.paginate(this.octokit.rest.repos.listForOrg, { org, per_page: 100 });
    const mine = repos.filter((r) => !r.archived && this.isRepoInBucket(org, r.name));
    this.logger.info(`${mine.length} of ${repos.length} repositories of ${org} in this bucket`);
    return mine;
  }
}
