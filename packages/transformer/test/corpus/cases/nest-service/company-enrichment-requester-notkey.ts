// origin: shape of a NestJS enrichment service that marks the audit-only requester parameter @notKey and injects its client by a Symbol.for token
// category: nest-service
// decorators: legacy
// expect: clean
// why: the requester is excluded with a reason and only logged; the API key is a credential header; the doc comment's "key" is about the upstream lookup, not the cache.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize, notKey } from 'keyproof';

export interface FirmProfile {
  domain: string;
  name: string;
  employees: number | null;
  industry: string | null;
}

export const FIRM_API_KEY = Symbol.for('enrichment.firm-api-key');

const FIRM_URL = 'https://api.enrich.example.com/v2/companies/find';

@Injectable()
export class FirmEnrichmentService {
  private readonly logger = new Logger(FirmEnrichmentService.name);

  constructor(
    private readonly http: HttpService,
    @Inject(FIRM_API_KEY) private readonly apiKey: string,
  ) {}

  /**
   * Firm profile for an e-mail domain. Resolves to null when the lookup key (the domain) does
   * not exist upstream; the response does not include any employee's e-mail address.
   */
  @memoize({ version: 'firm-enrich-v1', ttl: '30d', cost: 0.05 })
  async firmProfile(domain: string, @notKey('audit trail only') requester: string): Promise<FirmProfile | null> {
    this.logger.log(`enrichment of ${domain} requested by ${requester}`);
    const { data, status } = await firstValueFrom(
      this.http.get<FirmProfile>(FIRM_URL, {
        params: { domain: domain.trim().toLowerCase() },
        headers: { Authorization: `Bearer ${this.apiKey}` },
      }),
    );
    return status === 404 ? null : data;
  }
}
