// origin: shape of a BullMQ worker that drains an async generator of CRM contacts into an enrichment API (never a verbatim copy)
// category: queue-worker
// decorators: legacy
// expect: KP91020|KP91021|KP91022 receivedAt
// why: every item the generator yields carries `receivedAt: Date.now()`, and the worker passes it into the key parameter `receivedAt` of the memoised enrichment, so no two calls share a key (principle 1).
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

interface ContactRow {
  email: string;
  company: string;
  receivedAt: number;
}

export interface EnrichedContact {
  email: string;
  title: string | null;
  companySize: string | null;
  linkedin: string | null;
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

export class ContactEnricher {
  constructor(private readonly apiToken: string) {}

  @memoize({ version: 'enrich-v2', ttl: '14d', cost: 0.02 })
  async enrich(email: string, company: string, receivedAt: number): Promise<EnrichedContact> {
    const res = await fetch('https://api.enrichment.example.io/v1/person', {
      method: 'POST',
      headers: { authorization: `Bearer ${this.apiToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email, company }),
    });
    if (!res.ok) throw new Error(`enrich ${email}: ${res.status} (queued ${new Date(receivedAt).toISOString()})`);
    const p = (await res.json()) as { title?: string; company_size?: string; linkedin_url?: string };
    return { email, title: p.title ?? null, companySize: p.company_size ?? null, linkedin: p.linkedin_url ?? null };
  }
}

export function startEnrichWorker(enricher: ContactEnricher, source: ContactSource) {
  return new Worker<{ listId: string }, number>('crm-enrich', async (job: Job<{ listId: string }, number>) => {
    let done = 0;
    for await (const row of contacts(source)) {
      await enricher.enrich(row.email, row.company, row.receivedAt);
      if (++done % 100 === 0) await job.updateProgress(done);
    }
    return done;
  }, { concurrency: 2 });
}
