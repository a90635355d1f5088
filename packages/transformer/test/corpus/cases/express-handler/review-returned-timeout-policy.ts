// origin: review probe (round 10 rules): an SDK-config endpoint returns { timeoutMs, maxRetries } from env in its answer: named like timing options but they ARE the answer
// category: express-handler
// decorators: tc39
// expect: KP91044|KP91046 SDK_TIMEOUT_MS
// why: an SDK-config endpoint returns { timeoutMs, maxRetries } from env in its answer: named like timing options but they ARE the answer (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
interface Tenants { plan(id: string): Promise<{ plan: string; endpoint: string }> }
declare const tenants: Tenants;
export class SdkConfig {
  @memoize({ version: 'sdkcfg-v1', ttl: '5m' })
  async forTenant(id: string): Promise<{ endpoint: string; timeoutMs: number; maxRetries: number }> {
    const t = await tenants.plan(id);
    return {
      endpoint: t.endpoint,
      timeoutMs: Number(process.env.SDK_TIMEOUT_MS ?? 10000),
      maxRetries: Number(process.env.SDK_MAX_RETRIES ?? 3),
    };
  }
}
