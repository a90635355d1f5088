// origin: review probe (round 10 rules): globalThis.process.env.X decides the answer
// category: queue-worker
// decorators: tc39
// expect: KP91044|KP91046 QUEUE_TENANT
// why: globalThis.process.env.X decides the answer (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
export class TenantLookup {
  @memoize({ version: 'ten-v1', ttl: '1h' })
  async plan(account: string): Promise<string> {
    const tenant = globalThis.process.env.QUEUE_TENANT ?? 'default';
    const res = await fetch(`https://billing.example.com/${tenant}/accounts/${account}/plan`);
    return ((await res.json()) as { plan: string }).plan;
  }
}
