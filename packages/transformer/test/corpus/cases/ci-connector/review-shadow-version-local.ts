// origin: review probe (round 10 rules): import { version } from node:process for a banner; a local const named version in the memoised body
// category: ci-connector
// decorators: tc39
// expect: clean
// why: import { version } from node:process for a banner; a local const named version in the memoised body (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
import { version } from 'node:process';
export const banner = `ci-bot on node ${version}`;
export class Packages {
  @memoize({ version: 'pkg-v1', ttl: '1h' })
  async latestVersion(name: string): Promise<string> {
    const res = await fetch(`https://registry.npmjs.org/${encodeURIComponent(name)}`);
    const body = (await res.json()) as { 'dist-tags': { latest: string } };
    const version = body['dist-tags'].latest;
    return version;
  }
}
