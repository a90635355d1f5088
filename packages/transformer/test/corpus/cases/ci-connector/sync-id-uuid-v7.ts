// origin: shape of a CI sync job that tags each run with a uuid v7 sync id and passes it to the memoised file fetch
// category: ci-connector
// decorators: tc39
// expect: KP* syncId
// why: v7() generates a new id per sync and the caller passes it into a keyed parameter, so the key never repeats (nothing more: id generator)
import { Octokit } from '@octokit/rest';
import { v7 } from 'uuid';
import { memoize } from 'keyproof';

const octokit = new Octokit({ userAgent: 'config-sync' });

export class ConfigFetcher {
  @memoize({ version: 'v1', ttl: '10m', cost: 0.0001 })
  async pipelineFile(owner: string, repo: string, ref: string, syncId: string): Promise<string> {
    const { data } = await octokit.rest.repos.getContent({ owner, repo, path: '.ci/pipeline.yml', ref });
    console.debug(`sync ${syncId}: fetched ${data.sha}`);
    return Buffer.from(data.content ?? '', 'base64').toString('utf8');
  }
}

export async function syncAll(fetcher: ConfigFetcher, repos: { owner: string; repo: string; ref: string }[]) {
  const syncId = v7();
  return Promise.all(repos.map((r) => fetcher.pipelineFile(r.owner, r.repo, r.ref, syncId)));
}
