// origin: shape of a NestJS company-enrichment service that numbers each lookup and forwards the number to an LLM call (own writing)
// category: nest-service
// decorators: legacy
// expect: KP* ticket|requestSeq
// why: `this.requestSeq++` on a singleton service field yields a new number on every call and, through the local `ticket`, reaches the keyed parameter `ticket` of the memoised method, so no key ever repeats.
import { Injectable, Logger } from '@nestjs/common';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export interface CompanyProfile {
  domain: string;
  industry: string;
  summary: string;
}

@Injectable()
export class CompanyEnrichmentService {
  private readonly logger = new Logger('CompanyEnrichmentService');
  private requestSeq = 0;

  constructor(private readonly openai: OpenAI) {}

  async enrich(domain: string): Promise<CompanyProfile> {
    const normalized = domain.trim().toLowerCase();
    const ticket = this.requestSeq++;
    this.logger.log(`enriching ${normalized} as ticket ${ticket}`);
    return this.describeCompany(normalized, ticket);
  }

  @memoize({ version: 'gpt-4o-mini-2024-07-18', ttl: '30d', cost: 0.002 })
  async describeCompany(domain: string, ticket: number): Promise<CompanyProfile> {
    const completion = await this.openai.chat.completions.create({
      model: 'gpt-4o-mini',
      temperature: 0,
      response_format: { type: 'json_object' },
      messages: [
        { role: 'system', content: 'Reply as JSON with the fields "industry" and "summary".' },
        { role: 'user', content: `Company website: ${domain}` },
      ],
      user: `enrichment-${ticket}`,
    });
    const parsed = JSON.parse(completion.choices[0]?.message.content ?? '{}') as Partial<CompanyProfile>;
    return { domain, industry: parsed.industry ?? 'unknown', summary: parsed.summary ?? '' };
  }
}
