// origin: shape of a lead-enrichment worker that hands the BullMQ job id to the memoised enrichment call for tracing
// category: queue-worker
// decorators: tc39
// expect: KP* jobId
// why: the caller passes job.id, an id generated per job, into a keyed parameter, so identical emails never share an entry (nothing more)
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

interface Lead {
  email: string;
  company: string | null;
  seniority: string | null;
}

declare const clearbit: { person(email: string, meta: { trace: string }): Promise<Lead> };

export class LeadEnricher {
  @memoize({ version: 'v1', ttl: '14d', cost: 0.08 })
  async enrich(email: string, jobId: string): Promise<Lead> {
    const lead = await clearbit.person(email.toLowerCase(), { trace: jobId });
    return { email: lead.email, company: lead.company, seniority: lead.seniority };
  }
}

const enricher = new LeadEnricher();

export const worker = new Worker<{ email: string }, Lead>('enrich-lead', async (job: Job<{ email: string }, Lead>) => {
  return enricher.enrich(job.data.email, job.id ?? '');
});
