// origin: shape of a BullMQ enrichment worker that numbers batches with a module counter and passes the batch tag down to a memoised lookup (your own writing)
// category: queue-worker
// decorators: tc39
// expect: KP* batchTag|batchNo
// why: `batchTag` is a keyed parameter whose value comes from a counter incremented on every job: a per-call value in the key (nothing more)
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

interface CompanyApi { lookup(domain: string, tag: string): Promise<{ name: string; employees: number }> }
declare const companies: CompanyApi;

let batchNo = 0;

export const enrichDomain = memoize(
  async function enrichDomain(domain: string, batchTag: string): Promise<{ name: string; employees: number }> {
    return companies.lookup(domain.toLowerCase(), batchTag);
  },
  { ttl: '30d', cost: 0.05 },
);

export const worker = new Worker<{ domains: string[] }>('enrich', async (job: Job<{ domains: string[] }>) => {
  batchNo += 1;
  const batchTag = `b${batchNo}-${job.name}`;
  const out: Record<string, number> = {};
  for (const domain of job.data.domains) {
    const company = await enrichDomain(domain, batchTag);
    out[domain] = company.employees;
  }
  return out;
});
