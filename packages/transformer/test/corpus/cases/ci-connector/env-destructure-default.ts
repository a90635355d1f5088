// origin: shape of a CI config reader that destructures CI environment variables at module level with renames and defaults (your own writing, never a verbatim copy)
// category: ci-connector
// decorators: tc39
// expect: KP* defaultRef|GITHUB_REF_NAME|env
// why: nothing less: defaultRef is destructured from process.env at module load (renamed, with a default) and chooses which ref's file is read from GitHub, but it is not in the key
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

const { GITHUB_REF_NAME: defaultRef = 'main', GITHUB_TOKEN: token } = process.env;

const octokit = new Octokit({ auth: token, userAgent: 'ci-config-reader' });

export const readPipelineConfig = memoize(
  async function readPipelineConfig(owner: string, repo: string): Promise<string | null> {
    const { data } = await octokit.rest.repos.getContent({ owner, repo, path: '.ci/pipeline.yml', ref: defaultRef });
    return data.content ? Buffer.from(data.content, 'base64').toString('utf8') : null;
  },
  { version: 'pcfg-v1', ttl: '10m', cost: 0.0001 },
);
