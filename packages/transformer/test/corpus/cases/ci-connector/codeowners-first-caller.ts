// origin: shape of a CI connector that remembers which user first asked about a repository and reads files as them (never a verbatim copy)
// category: ci-connector
// decorators: legacy
// expect: KP91046 reviewerByRepo
// why: `reviewerByRepo` is a module table where the first caller wins; the memoised method reads it and returns the remembered login in its result, so answers depend on call history and nothing decides it (principle 5).
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

/** repo full name -> the first user who opened its CI page; they get pinged about CODEOWNERS drift */
const reviewerByRepo = new Map<string, string>();

export function rememberViewer(owner: string, repo: string, login: string): void {
  const key = `${owner}/${repo}`;
  if (!reviewerByRepo.has(key)) reviewerByRepo.set(key, login);
}

export interface CodeownersReport {
  path: string;
  sha: string;
  owners: string[];
  notify: string | null;
}

export class CodeownersConnector {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'codeowners-v1', ttl: '1h', cost: 0.0001 })
  async report(owner: string, repo: string, ref: string): Promise<CodeownersReport> {
    const path = '.github/CODEOWNERS';
    const { data } = await this.octokit.rest.repos.getContent({ owner, repo, path, ref });
    const text = Buffer.from(data.content ?? '', 'base64').toString('utf8');
    const owners = [...new Set(text.split('\n').filter((l) => l && !l.startsWith('#')).flatMap((l) => l.split(/\s+/).slice(1)))];
    return { path, sha: data.sha, owners, notify: reviewerByRepo.get(`${owner}/${repo}`) ?? null };
  }
}

export async function openRepoPage(connector: CodeownersConnector, viewer: string, owner: string, repo: string) {
  rememberViewer(owner, repo, viewer);
  return connector.report(owner, repo, 'HEAD');
}
