// origin: shape of a data-API digest builder that formats numbers and dates with an explicit locale and zone, keyed by an hour bucket
// category: data-api
// decorators: legacy
// expect: clean
// why: toLocaleString with an explicit locale and time zone is not per-process; the hour bucket passed as a key argument is quantised where it is written
import { memoize, cacheKey } from 'keyproof';

interface KpiSource {
  totals(hourStartMs: number): Promise<{ signups: number; revenueCents: number; churned: number }>;
}

export class KpiDigest {
  constructor(private readonly source: KpiSource) {}

  @memoize({ version: 'digest-v1', ttl: '2h', cost: 0.003 })
  async digest(@cacheKey hourBucket: number, @cacheKey audience: 'exec' | 'ops'): Promise<string> {
    const t = await this.source.totals(hourBucket * 3_600_000);
    const when = new Date(hourBucket * 3_600_000).toLocaleString('en-US', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' });
    const revenue = (t.revenueCents / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' });
    const lines = [`KPIs for the hour starting ${when} UTC`, `Signups: ${t.signups.toLocaleString('en-US')}`, `Revenue: ${revenue}`];
    if (audience === 'ops') lines.push(`Churned: ${t.churned.toLocaleString('en-US')}`);
    return lines.join('\n');
  }
}

export function currentDigest(d: KpiDigest, audience: 'exec' | 'ops') {
  return d.digest(Math.floor(Date.now() / 3_600_000), audience);
}
