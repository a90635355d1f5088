// origin: shape of an ETL worker whose memoised enrichment takes a context object; the excluded job id slips back in as a property of that object ({ source, ref: jobId })
// category: queue-worker
// decorators: tc39
// expect: KP91012|KP91011 jobId
import type { Job } from 'bullmq';
import { memoize } from 'keyproof';

export interface EnrichContext { source: string; ref: string }
interface Clearbit { person(email: string): Promise<{ name: string; title: string | null }> }

export class PersonEnricher {
  constructor(private readonly clearbit: Clearbit) {}

  /** @excludeFromKey jobId unique per run */
  @memoize({ ttl: '30d', cost: 0.02 })
  async enrich(jobId: string, email: string, ctx: EnrichContext): Promise<{ name: string; title: string | null }> {
    return this.clearbit.person(email.toLowerCase());
  }
}

export async function enrichJob(enricher: PersonEnricher, job: Job<{ jobId: string; email: string; source: string }>): Promise<string> {
  const { jobId, email, source } = job.data;
  const person = await enricher.enrich(jobId, email, { source, ref: jobId });
  return person.name;
}
