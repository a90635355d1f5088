// origin: review probe (round 10 rules): const { env } = process; a module helper reads env.REGION which picks the upstream
// category: data-api
// decorators: tc39
// expect: KP91044|KP91046 REGION
// why: const { env } = process; a module helper reads env.REGION which picks the upstream (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
const { env } = process;
function baseUrl(): string { return `https://${env.REGION ?? 'eu'}.stats.example.org`; }
export class Stats {
  @memoize({ version: 'stats-v1', ttl: '1d' })
  async count(table: string): Promise<number> {
    const res = await fetch(`${baseUrl()}/tables/${table}/count`);
    return ((await res.json()) as { n: number }).n;
  }
}
