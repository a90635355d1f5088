// origin: shape of a CI connector with a small in-process table of resolved file SHAs in front of GitHub (never a verbatim copy)
// category: ci-connector
// decorators: legacy
// expect: clean
// why: the module Map is the function's own memo table, filled at `owner/repo@ref:path` from an upstream call made with those same key parameters only; the injected Octokit needs no decision (principle 3).
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

/** owner/repo@ref:path -> blob sha; avoids a second round-trip within one process */
const shaByPath = new Map<string, string>();

export interface WorkflowFile {
  path: string;
  sha: string;
  jobs: string[];
}

export class WorkflowFiles {
  constructor(private readonly octokit: Octokit) {}

  private async fetchFile(owner: string, repo: string, ref: string, path: string): Promise<{ sha: string; text: string }> {
    const { data } = await this.octokit.rest.repos.getContent({ owner, repo, path, ref });
    shaByPath.set(`${owner}/${repo}@${ref}:${path}`, data.sha);
    return { sha: data.sha, text: Buffer.from(data.content ?? '', 'base64').toString('utf8') };
  }

  @memoize({ version: 'workflow-file-v1', ttl: '1d', cost: 0.0001 })
  async workflow(owner: string, repo: string, ref: string, name: string): Promise<WorkflowFile> {
    const path = `.github/workflows/${name}`;
    const { sha, text } = await this.fetchFile(owner, repo, ref, path);
    const jobs = [...text.matchAll(/^ {2}([A-Za-z0-9_-]+):\s*$/gm)].map((m) => m[1]!);
    return { path, sha: shaByPath.get(`${owner}/${repo}@${ref}:${path}`) ?? sha, jobs };
  }
}
