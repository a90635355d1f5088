// origin: shape of a CI config loader with a generic memoised method (async load<T>(path): Promise<T>), reading JSON config files from the default branch
// category: ci-connector
// decorators: tc39
// expect: clean
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

const CONFIG_OWNER = 'acme';
const CONFIG_REPO = 'ci-config';

export interface RenovateConfig { extends?: string[]; schedule?: string[] }
export interface CodecovConfig { coverage?: { status?: Record<string, unknown> } }

export class RepoConfigLoader {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ ttl: '10m' })
  async load<T>(path: string, ref: string): Promise<T> {
    const { data } = await this.octokit.rest.repos.getContent({ owner: CONFIG_OWNER, repo: CONFIG_REPO, path, ref });
    return JSON.parse(Buffer.from(data.content ?? '', 'base64').toString('utf8')) as T;
  }

  async renovate(): Promise<RenovateConfig> {
    return this.load<RenovateConfig>('renovate.json', 'main');
  }
}
