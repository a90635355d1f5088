// origin: shape of a BullMQ enrichment worker tagging each entry with a fresh batch id
// category: queue-worker
// decorators: tc39
// expect: KP* nanoid|batch
// why: a tag part comes from an id generator called when the entry is stored: per-call, unique per entry
import { Worker, type Job } from 'bullmq';
import { nanoid } from 'nanoid';
import { memoize, tag } from 'keyproof';

interface Company {
  domain: string;
  name: string;
  employees: number;
}

declare const enrich: { company(domain: string): Promise<Company> };

export class CompanyEnricher {
  @memoize({ id: 'enrich.company', ttl: '14d', tags: ({ domain }) => [tag('domain', domain), tag('batch', nanoid())] })
  async company(domain: string): Promise<Company> {
    const c = await enrich.company(domain);
    return { domain: c.domain, name: c.name, employees: c.employees };
  }
}

const enricher = new CompanyEnricher();
export const worker = new Worker('enrich', async (job: Job<{ domain: string }>) => enricher.company(job.data.domain));
