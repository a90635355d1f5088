// origin: review probe: `@cacheKey process.env.GITHUB_ORG` stated, the body destructuring GITHUB_ORG and CI_DEBUG from process.env, CI_DEBUG only gating a log line
// category: ci-connector
// decorators: tc39
// expect: clean
// why: CI_DEBUG only decides whether a line is logged, never the answer; the org that does decide it is stated (principle 3).
import { memoize } from 'keyproof';

export const orgRepoNames = memoize(
  /** @cacheKey process.env.GITHUB_ORG */
  async function orgRepoNames(prefix: string): Promise<string[]> {
    const { GITHUB_ORG, CI_DEBUG } = process.env;
    if (CI_DEBUG === '1') console.log(`listing ${GITHUB_ORG} repos with prefix ${prefix}`);
    const res = await fetch(`https://api.github.com/orgs/${GITHUB_ORG}/repos?per_page=100`);
    return ((await res.json()) as { name: string }[]).map((r) => r.name).filter((n) => n.startsWith(prefix));
  },
  { version: 'org-repo-names-v1', ttl: '10m' },
);
