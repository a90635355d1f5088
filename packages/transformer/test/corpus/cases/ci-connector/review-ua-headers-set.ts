// origin: review probe (round 10 rules): process.platform/version only in a User-Agent set through Headers.set
// category: ci-connector
// decorators: tc39
// expect: clean
// why: process.platform/version only in a User-Agent set through Headers.set (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
export class Checks {
  @memoize({ version: 'checks-v1', ttl: '2m' })
  async conclusions(owner: string, repo: string, sha: string): Promise<string[]> {
    const headers = new Headers({ accept: 'application/vnd.github+json' });
    headers.set('User-Agent', `ci-bot/3.0 (${process.platform}; node ${process.version})`);
    const res = await fetch(`https://api.github.com/repos/${owner}/${repo}/commits/${sha}/check-runs`, { headers });
    const body = (await res.json()) as { check_runs: { conclusion: string | null }[] };
    return body.check_runs.map((c) => c.conclusion ?? 'pending');
  }
}
