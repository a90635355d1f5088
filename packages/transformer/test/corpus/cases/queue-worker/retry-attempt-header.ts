// origin: shape of a BullMQ enrichment worker whose memoised call retries upstream with an attempt header
// category: queue-worker
// decorators: legacy
// expect: clean
// why: the attempt counter lives inside the retry helper and only labels the HTTP request; the key is the company domain
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

interface Company {
  domain: string;
  name: string;
  employees: number | null;
}

const MAX_ATTEMPTS = 3;

async function withRetry<T>(fn: (attempt: number) => Promise<T>): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
    }
  }
  throw lastError;
}

export class EnrichmentClient {
  @memoize({ version: 'enrich-v2', ttl: '30d', cost: 0.05 })
  async company(domain: string): Promise<Company> {
    return withRetry(async (attempt) => {
      const res = await fetch(`https://enrich.example.com/v2/companies/${domain.toLowerCase()}`, {
        headers: { 'x-attempt': String(attempt) },
      });
      if (!res.ok) throw new Error(`enrich ${res.status}`);
      return (await res.json()) as Company;
    });
  }
}

const client = new EnrichmentClient();
export const worker = new Worker<{ domain: string }, Company>('enrich', async (job: Job<{ domain: string }, Company>) => {
  await job.log(`attempt ${job.attemptsMade + 1}`);
  return client.company(job.data.domain);
});
