// origin: shape of a CI connector that threads a correlation id (from a re-exported, renamed nanoid helper) into a memoised config fetch (your own writing)
// category: ci-connector
// decorators: legacy
// expect: KP* requestTag|request
// why: `requestTag` is a keyed field of the `request` object, filled from a random id generator imported under another name: a per-call value in the key (nothing more)
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';
import { correlationId } from './ids';

interface ConfigRequest { owner: string; repo: string; ref: string; requestTag: string }

const octokit = new Octokit({ userAgent: 'ci-connector/2.0' });

export class PipelineConfigReader {
  @memoize({ version: 'cfg-v1', ttl: '1d', cost: 0.0001 })
  async read(request: ConfigRequest): Promise<string> {
    const { data } = await octokit.rest.repos.getContent({ owner: request.owner, repo: request.repo, path: '.ci/pipeline.yml', ref: request.ref });
    console.log(`[${request.requestTag}] read pipeline config ${data.sha}`);
    return Buffer.from(data.content ?? '', 'base64').toString('utf8');
  }

  async forCommit(owner: string, repo: string, sha: string): Promise<string> {
    const tag = correlationId;
    const request: ConfigRequest = { owner, repo, ref: sha, requestTag: tag() };
    return this.read(request);
  }
}
