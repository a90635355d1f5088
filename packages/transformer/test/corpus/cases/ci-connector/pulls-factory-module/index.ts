// origin: shape of a CI connector whose GitHub facade is made by a factory module from constant options and imported
// category: ci-connector
// decorators: tc39
// expect: clean
// why: an imported object of functions a program factory made at load from constants (no env, no mutable state) needs no decision
import { memoize } from 'keyproof';
import { github } from './github-api.js';

export interface StalePull {
  number: number;
  title: string;
  author: string;
  updatedAt: string;
}

export const stalePulls = memoize(
  async function stalePulls(owner: string, repo: string, olderThan: string): Promise<StalePull[]> {
    const pulls = await github.openPulls(owner, repo);
    return pulls
      .filter((p) => p.updated_at < olderThan)
      .map((p) => ({ number: p.number, title: p.title, author: p.user?.login ?? 'ghost', updatedAt: p.updated_at }));
  },
  { version: 'stale-v1', ttl: '1h', cost: 0.0001 },
);
