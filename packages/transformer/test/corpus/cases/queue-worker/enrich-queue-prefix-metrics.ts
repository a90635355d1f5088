// origin: shape of a BullMQ enrichment worker whose queue name and metric labels come from the environment (never a verbatim copy)
// category: queue-worker
// decorators: legacy
// expect: clean
// why: QUEUE_PREFIX and DEPLOY_ENV name the queue and label a metric only; the memoised lookup sends and returns only what its domain parameter gives (principle 3: metrics).
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

const QUEUE_PREFIX = process.env.QUEUE_PREFIX ?? 'local';
const DEPLOY_ENV = process.env.DEPLOY_ENV ?? 'dev';

interface Metrics { increment(name: string, tags: Record<string, string>): void }
interface CompanyApi { byDomain(domain: string): Promise<{ name: string; employees: number; industry: string } | null> }

export interface CompanyProfile {
  domain: string;
  name: string;
  employees: number;
  industry: string;
}

class CompanyEnricher {
  constructor(private readonly api: CompanyApi, private readonly metrics: Metrics) {}

  /** Firmographics are billed per lookup; many signups share an employer domain. */
  @memoize({ version: 'company-v1', ttl: '30d', cost: 0.05 })
  async byDomain(domain: string): Promise<CompanyProfile | null> {
    const hit = await this.api.byDomain(domain);
    this.metrics.increment('enrich.lookup', { env: DEPLOY_ENV, queue: QUEUE_PREFIX, found: String(Boolean(hit)) });
    return hit ? { domain, ...hit } : null;
  }
}

export function startEnrichment(api: CompanyApi, metrics: Metrics) {
  const enricher = new CompanyEnricher(api, metrics);
  return new Worker<{ userId: string; email: string }, string | null>(
    `${QUEUE_PREFIX}:enrich-signups`,
    async (job: Job<{ userId: string; email: string }, string | null>) => {
      const domain = job.data.email.split('@')[1]?.toLowerCase() ?? '';
      const profile = await enricher.byDomain(domain);
      return profile?.industry ?? null;
    },
    { concurrency: Number(process.env.ENRICH_CONCURRENCY ?? 5) },
  );
}
