// origin: shape of a queue consumer that tags upstream calls with `${hostname()}:${process.pid}` (a per-process worker tag built at module load) and passes it to a memoised lookup
// category: queue-worker
// decorators: legacy
// expect: KP91020 worker
import { hostname } from 'node:os';
import { memoize } from 'keyproof';

const WORKER_TAG = `${hostname()}:${process.pid}`;

export interface Company { domain: string; name: string; employees: number | null }
interface Enrichment { company(domain: string, headers: Record<string, string>): Promise<Company> }

export class CompanyEnricher {
  constructor(private readonly api: Enrichment) {}

  @memoize({ ttl: '30d', cost: 0.01 })
  async company(domain: string, worker: string): Promise<Company> {
    return this.api.company(domain.toLowerCase(), { 'x-worker': worker });
  }

  async enrich(email: string): Promise<Company | null> {
    const domain = email.split('@')[1];
    return domain === undefined ? null : this.company(domain, WORKER_TAG);
  }
}
