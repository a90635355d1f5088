// origin: shape of a NestJS CRM contact-enrichment service with readonly literal settings and a private path helper
// category: nest-service
// decorators: tc39
// expect: clean
// why: every non-parameter input is a readonly field initialised from literals, an as-const table, an injected service, or a helper over key arguments
import { Injectable, Logger } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

const ENDPOINTS = { person: '/v2/people/enrich', company: '/v2/companies/enrich' } as const;

export interface Enrichment {
  name: string | null;
  title: string | null;
  companyDomain: string | null;
}

@Injectable()
export class EnrichmentService {
  private readonly baseUrl = 'https://api.enrich.example.com';
  private readonly timeoutMs = 5_000;
  private readonly logger = new Logger('Enrichment');

  constructor(private readonly http: HttpService) {}

  private url(kind: keyof typeof ENDPOINTS): string {
    return `${this.baseUrl}${ENDPOINTS[kind]}`;
  }

  @memoize({ version: 'v1', ttl: '30d', cost: 0.05 })
  async person(email: string): Promise<Enrichment> {
    const normalized = email.trim().toLowerCase();
    this.logger.log(`enriching ${normalized.split('@')[1]}`);
    const res = await firstValueFrom(
      this.http.get<Enrichment>(this.url('person'), { params: { email: normalized }, timeout: this.timeoutMs }),
    );
    return { name: res.data.name, title: res.data.title, companyDomain: res.data.companyDomain };
  }
}
