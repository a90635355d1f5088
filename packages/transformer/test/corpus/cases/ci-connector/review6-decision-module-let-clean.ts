// origin: review probe: a module let (the default branch, switched by an admin call) read in the body and stated with @cacheKey
// category: ci-connector
// decorators: tc39
// expect: clean
// why: the let is in the key, so a switch of branch is another entry (nothing less holds).
import { memoize } from 'keyproof';

let defaultBranch = 'main';
export function useBranch(b: string): void {
  defaultBranch = b;
}

export class Checks {
  /** @cacheKey defaultBranch */
  @memoize({ version: 'checks-v1', ttl: '2m' })
  async status(owner: string, repo: string): Promise<string> {
    const res = await fetch(`https://api.github.com/repos/${owner}/${repo}/commits/${defaultBranch}/status`);
    return ((await res.json()) as { state: string }).state;
  }
}
