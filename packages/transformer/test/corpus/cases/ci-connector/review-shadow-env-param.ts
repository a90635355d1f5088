// origin: review probe (round 10 rules): module const { env } = process, and a method parameter named env (deploy environment, in the key)
// category: ci-connector
// decorators: tc39
// expect: clean
// why: module const { env } = process, and a method parameter named env (deploy environment, in the key) (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
const { env } = process;
const token = env.DEPLOY_TOKEN ?? '';
export class Deploys {
  @memoize({ version: 'deploys-v1', ttl: '5m' })
  async latest(repo: string, env: 'staging' | 'production'): Promise<string> {
    const res = await fetch(`https://deploy.example.com/api/${repo}/${env}/latest`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { sha: string };
    return `${env}:${body.sha}`;
  }
}
