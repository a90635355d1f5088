// origin: review probe: twin of user-token-captured with the user picked by a captured login (no credential name)
// category: ci-connector
// decorators: tc39
// expect: KP91046 login
// why: the captured login decides whose repositories are listed, so a value captured per factory call shapes the answer (principle 2).
import { memoize } from 'keyproof';

export interface MyRepo { full_name: string; private: boolean }

export function reposOf(login: string) {
  return memoize(
    async function userRepos(page: number): Promise<MyRepo[]> {
      const res = await fetch(`https://api.github.com/users/${login}/repos?per_page=100&page=${page}`, {
        headers: { accept: 'application/vnd.github+json' },
      });
      if (!res.ok) throw new Error(`github ${res.status}`);
      return (await res.json()) as MyRepo[];
    },
    { version: 'user-repos-v1', ttl: '5m', cost: 0.0001 },
  );
}
