// origin: review probe (round 10 rules): import * as proc from 'node:process'; proc.env.X picks the upstream region
// category: queue-worker
// decorators: tc39
// expect: KP91044|KP91046 ENRICH_REGION
// why: import * as proc from 'node:process'; proc.env.X picks the upstream region (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
import * as proc from 'node:process';
export class Enrich {
  @memoize({ version: 'enrich-v1', ttl: '1h' })
  async company(domain: string): Promise<string> {
    const res = await fetch(`https://${proc.env.ENRICH_REGION ?? 'us'}.enrich.example.com/v1/${domain}`);
    return ((await res.json()) as { name: string }).name;
  }
}
