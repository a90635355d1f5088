// origin: shape of a BullMQ worker that drains an async generator of CRM contacts into an enrichment API (never a verbatim copy)
// category: queue-worker
// decorators: legacy
// expect: clean
// why: the per-item `receivedAt` clock read reaches the memoised method only through a parameter marked @notKey, and is used only in an error message (principles 1 and 3).
import { Worker, type Job } from 'bullmq';
import { memoize, notKey } from 'keyproof';

interface ContactRow {
  email: string;
  company: string;
  receivedAt: number;
}

export interface CompanyProfile {
  domain: string;
  employees: number | null;
  industry: string | null;
}

interface ContactSource {
  page(cursor: string | null): Promise<{ emails: { email: string; company: string }[]; next: string | null }>;
}

async function* contacts(source: ContactSource): AsyncGenerator<ContactRow> {
  let cursor: string | null = null;
  do {
    const batch = await source.page(cursor);
    for (const c of batch.emails) yield { ...c, receivedAt: Date.now() };
    cursor = batch.next;
  } while (cursor);
}

export class CompanyEnricher {
  constructor(private readonly apiToken: string) {}

  @memoize({ version: 'company-v1', ttl: '30d', cost: 0.015 })
  async profile(domain: string, @notKey('queue timestamp, only quoted in errors') receivedAt: number): Promise<CompanyProfile> {
    const res = await fetch(`https://api.enrichment.example.io/v1/company?domain=${encodeURIComponent(domain)}`, {
      headers: { authorization: `Bearer ${this.apiToken}` },
    });
    if (!res.ok) throw new Error(`company ${domain}: ${res.status} (queued ${new Date(receivedAt).toISOString()})`);
    const c = (await res.json()) as { employees?: number; industry?: string };
    return { domain, employees: c.employees ?? null, industry: c.industry ?? null };
  }
}

export function startCompanyWorker(enricher: CompanyEnricher, source: ContactSource) {
  return new Worker<{ listId: string }, number>('crm-company', async (job: Job<{ listId: string }, number>) => {
    let done = 0;
    for await (const row of contacts(source)) {
      const domain = row.email.split('@')[1] ?? row.company;
      await enricher.profile(domain.toLowerCase(), row.receivedAt);
      if (++done % 100 === 0) await job.updateProgress(done);
    }
    return done;
  });
}
