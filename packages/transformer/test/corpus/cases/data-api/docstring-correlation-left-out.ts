// origin: shape of a credit-bureau lookup whose docstring says the correlation id is left out of the key
// category: data-api
// decorators: legacy
// expect: KP* correlationId
// why: the docstring says correlationId is left out of the key, but no exclusion exists, so it is in the plan (docstring claim contradicted)
import { memoize } from 'keyproof';

interface Bureau {
  report(nationalId: string, headers: Record<string, string>): Promise<{ score: number; tradelines: number }>;
}

export class CreditReports {
  constructor(private readonly bureau: Bureau) {}

  /**
   * Cached per (nationalId, product); correlationId is left out of the key and
   * only travels in the X-Correlation-Id header.
   */
  @memoize({ version: 'v1', ttl: '7d', cost: 0.9 })
  async report(nationalId: string, product: 'basic' | 'full', correlationId: string): Promise<{ score: number; tradelines: number }> {
    const r = await this.bureau.report(nationalId, { 'X-Correlation-Id': correlationId, 'X-Product': product });
    return { score: r.score, tradelines: r.tradelines };
  }
}
