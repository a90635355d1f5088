// origin: shape of a team's own @Paid decorator factory wrapping keyproof's memoize on a company-registry client (your own writing, never a verbatim copy)
// category: data-api
// decorators: tc39
// expect: clean
// why: the user's decorator factory only fixes memoize options; the body reads its parameters, a readonly field initialised from a literal, a constant URL and an injected fetcher service
import { memoize } from 'keyproof';

export function Paid(cost: number, version: string) {
  return memoize({ version, cost, ttl: '30d' });
}

const REGISTRY_URL = 'https://registry.example.eu/api/companies';

interface Fetcher {
  json<T>(url: string, init?: { headers?: Record<string, string> }): Promise<T>;
}

export interface CompanyRecord {
  number: string;
  name: string;
  status: 'active' | 'dissolved';
}

export class CompanyRegistry {
  private readonly accept = 'application/vnd.registry.v2+json';

  constructor(private readonly fetcher: Fetcher) {}

  @Paid(0.05, 'reg-v2')
  async company(countryCode: string, companyNumber: string): Promise<CompanyRecord> {
    const id = companyNumber.replace(/\s+/g, '').toUpperCase();
    return this.fetcher.json<CompanyRecord>(`${REGISTRY_URL}/${countryCode.toLowerCase()}/${id}`, { headers: { Accept: this.accept } });
  }
}
