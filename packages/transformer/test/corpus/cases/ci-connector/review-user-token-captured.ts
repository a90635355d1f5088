// origin: review probe: a per-user GitHub token captured by a memoised closure, listing /user/repos (credential exemption on captured values)
// category: ci-connector
// decorators: tc39
// expect: KP91046 token
// why: /user/repos answers with the token owner's repositories, so the captured token decides the answer and two users would share one cache entry (principle 2).
import { memoize } from 'keyproof';

export interface MyRepo { full_name: string; private: boolean }

export function reposOf(token: string) {
  return memoize(
    async function myRepos(page: number): Promise<MyRepo[]> {
      const res = await fetch(`https://api.github.com/user/repos?per_page=100&page=${page}`, {
        headers: { Authorization: `token ${token}`, accept: 'application/vnd.github+json' },
      });
      if (!res.ok) throw new Error(`github ${res.status}`);
      return (await res.json()) as MyRepo[];
    },
    { version: 'my-repos-v1', ttl: '5m', cost: 0.0001 },
  );
}
