// origin: shape of a usage-quota client whose docstring says, in its own words, that accounts never share entries ("Keyed by account; results are never shared between accounts")
// category: pricing-client
// decorators: tc39
// expect: clean
import { memoize } from 'keyproof';

export interface Quota { accountId: string; limit: number; used: number; resetsAt: string }
interface QuotaApi { get(accountId: string, meter: string): Promise<Quota> }

export class QuotaClient {
  constructor(private readonly api: QuotaApi) {}

  /**
   * The current quota of an account for one meter.
   *
   * Keyed by account: results are never shared between accounts, and each meter gets its own
   * cache entry.
   */
  @memoize({ ttl: '30s' })
  async quota(accountId: string, meter: 'api-calls' | 'storage-gb'): Promise<Quota> {
    return this.api.get(accountId, meter);
  }
}
