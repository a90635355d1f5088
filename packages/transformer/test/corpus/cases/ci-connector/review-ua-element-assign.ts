// origin: review probe (round 10 rules): process.platform only in a User-Agent written into a headers record by element assignment
// category: ci-connector
// decorators: tc39
// expect: clean
// why: process.platform only in a User-Agent written into a headers record by element assignment (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
export class Branches {
  @memoize({ version: 'branches-v1', ttl: '5m' })
  async protectedBranches(owner: string, repo: string): Promise<string[]> {
    const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
    headers['User-Agent'] = `branch-audit/1.2 (${process.platform}-${process.arch})`;
    const res = await fetch(`https://api.github.com/repos/${owner}/${repo}/branches?protected=true`, { headers });
    return ((await res.json()) as { name: string }[]).map((b) => b.name);
  }
}
