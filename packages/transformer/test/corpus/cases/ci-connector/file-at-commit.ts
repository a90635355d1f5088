// origin: shape of a GitHub contents reader used by CI tooling (repos.getContent at a commit sha, base64 decoded): immutable by sha, cached forever
// category: ci-connector
// decorators: legacy
// expect: clean
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

export class RepoFiles {
  constructor(private readonly octokit: Octokit) {}

  /** A file's text at a commit. Content at a sha never changes. */
  @memoize({ ttl: '365d' })
  async fileAt(owner: string, repo: string, path: string, sha: string): Promise<string | null> {
    const { data } = await this.octokit.rest.repos.getContent({ owner, repo, path, ref: sha });
    return data.content !== undefined ? Buffer.from(data.content, 'base64').toString('utf8') : null;
  }

  async codeowners(owner: string, repo: string, headSha: string): Promise<string[]> {
    const text = (await this.fileAt(owner, repo, '.github/CODEOWNERS', headSha)) ?? '';
    return text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  }
}
