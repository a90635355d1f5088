// origin: shape of a lead-enrichment queue consumer whose memoised enrich call delegates to another memoised lookup (your own writing, never a verbatim copy)
// category: queue-worker
// decorators: tc39
// expect: KP* traceId
// why: excluded leak: traceId is excluded from enrich's key, but enrich passes it on to logoFor, where it is a key parameter, so the per-job value reaches a key by another route
import { Worker } from 'bullmq';
import { memoize } from 'keyproof';

export interface Enriched {
  domain: string;
  employees: number | null;
  logoUrl: string | null;
}

interface CompanyApi {
  company(domain: string): Promise<{ employees?: number }>;
  logo(domain: string, opts: { trace: string }): Promise<{ url?: string }>;
}

export class LeadEnricher {
  constructor(private readonly api: CompanyApi) {}

  start(): Worker<{ domain: string }> {
    return new Worker<{ domain: string }>('leads', async (job) => this.enrich(job.data.domain, job.id ?? job.name));
  }

  /**
   * Enrich a company domain.
   * @excludeFromKey traceId tracing only: every job carries a new one
   */
  @memoize({ version: 'enr-v2', ttl: '7d', cost: 0.02 })
  async enrich(domain: string, traceId: string): Promise<Enriched> {
    const [company, logoUrl] = await Promise.all([this.api.company(domain), this.logoFor(domain, traceId)]);
    return { domain, employees: company.employees ?? null, logoUrl };
  }

  @memoize({ version: 'logo-v1', ttl: '30d', cost: 0.004 })
  async logoFor(domain: string, trace: string): Promise<string | null> {
    const res = await this.api.logo(domain.toLowerCase(), { trace });
    return res.url ?? null;
  }
}
