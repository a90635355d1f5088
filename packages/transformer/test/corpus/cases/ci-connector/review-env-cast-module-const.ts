// origin: review probe (round 10 rules): module const cfg = process.env as unknown as Env, cfg.GITHUB_API_URL decides the host
// category: ci-connector
// decorators: tc39
// expect: KP91044|KP91046 cfg
// why: module const cfg = process.env as unknown as Env, cfg.GITHUB_API_URL decides the host (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
interface Env { GITHUB_API_URL?: string; GITHUB_TOKEN?: string }
const cfg = process.env as unknown as Env;
export class Labels {
  @memoize({ version: 'labels-v1', ttl: '10m' })
  async labels(owner: string, repo: string): Promise<string[]> {
    const res = await fetch(`${cfg.GITHUB_API_URL ?? 'https://api.github.com'}/repos/${owner}/${repo}/labels`);
    return ((await res.json()) as { name: string }[]).map((l) => l.name);
  }
}
