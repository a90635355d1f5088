// origin: shape of a NestJS enrichment service whose @excludeFromKey line was not updated when the parameter was renamed
// category: nest-service
// decorators: legacy
// expect: KP* requestedBy
// why: the doc comment excludes `requestedBy`, but the method has no such parameter (it was renamed to `requester`), so the exclusion names nothing.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

export interface CompanyProfile {
  domain: string;
  name: string;
  employees: number | null;
  industry: string | null;
  country: string | null;
}

const ENRICH_URL = 'https://api.enrich.example.com/v2/companies/find';

@Injectable()
export class CompanyEnrichmentService {
  private readonly logger = new Logger(CompanyEnrichmentService.name);

  constructor(
    private readonly http: HttpService,
    @Inject('ENRICH_API_KEY') private readonly apiKey: string,
  ) {}

  /**
   * Company profile for an e-mail domain, used to prefill the sales CRM.
   * @excludeFromKey requestedBy audit only, the profile is the same whoever asks
   */
  @memoize({ version: 'company-enrich-v2', ttl: '30d', cost: 0.05 })
  async companyProfile(domain: string, requester: string): Promise<CompanyProfile> {
    this.logger.log(`enrichment of ${domain} requested by ${requester}`);
    const { data } = await firstValueFrom(
      this.http.get<CompanyProfile>(ENRICH_URL, {
        params: { domain: domain.toLowerCase() },
        headers: { Authorization: `Bearer ${this.apiKey}` },
      }),
    );
    return data;
  }
}
