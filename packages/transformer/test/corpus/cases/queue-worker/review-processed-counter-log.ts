// origin: review probe: a stats service steps and returns a counter (`this.processed += 1; return this.processed`), the memoised body only logs it every 100 jobs (counter read after step, not in the answer)
// category: queue-worker
// decorators: tc39
// expect: clean
// why: the count only decides when a log line is written; the enriched record returned does not carry it (nothing more).
import { memoize } from 'keyproof';

export class JobStats {
  private processed = 0;
  record(): number {
    this.processed += 1;
    return this.processed;
  }
}

export class Enricher {
  constructor(private readonly stats: JobStats) {}

  @memoize({ version: 'enrich-v1', ttl: '1d', cost: 0.001 })
  async enrich(domain: string): Promise<{ domain: string; employees: number }> {
    const res = await fetch(`https://companies.example/v1/${domain}`);
    const body = (await res.json()) as { employees: number };
    const n = this.stats.record();
    if (n % 100 === 0) console.log(`enriched ${n} domains`);
    return { domain, employees: body.employees };
  }
}
