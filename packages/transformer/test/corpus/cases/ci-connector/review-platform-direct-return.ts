// origin: review probe (round 10 rules): import { platform, arch } from node:os, the target triple returned directly
// category: ci-connector
// decorators: tc39
// expect: KP91044|KP91046 platform
// why: import { platform, arch } from node:os, the target triple returned directly (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
import { platform, arch } from 'node:os';
export class Targets {
  @memoize({ version: 'tgt-v1', ttl: '1h' })
  async artifactName(tool: string, release: string): Promise<string> {
    const res = await fetch(`https://tools.example.com/${tool}/${release}/meta.json`);
    const meta = (await res.json()) as { prefix: string };
    return `${meta.prefix}-${platform()}-${arch()}.tar.gz`;
  }
}
