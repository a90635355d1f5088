// origin: shape of a request-scoped NestJS catalog search service that gets the tenant from a DI provider (your own writing, never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: KP* tenant|tenantId
// why: nothing less: the search index name comes from a request-scoped injected context object (data, not a service), which reaches the upstream URL without being keyed, excluded or acknowledged
import { Inject, Injectable, Scope } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

export interface TenantContext {
  tenantId: string;
  plan: 'free' | 'pro';
}

export interface SearchHit {
  sku: string;
  title: string;
  score: number;
}

const SEARCH_URL = 'https://search.internal.example/v1';

@Injectable({ scope: Scope.REQUEST })
export class CatalogSearchService {
  constructor(
    private readonly http: HttpService,
    @Inject('TENANT_CONTEXT') private readonly tenant: TenantContext,
  ) {}

  @memoize({ version: 'cat-v4', ttl: '10m', cost: 0.0002 })
  async search(query: string, page: number): Promise<SearchHit[]> {
    const index = `catalog_${this.tenant.tenantId}`;
    const res = await firstValueFrom(
      this.http.get<{ hits: SearchHit[] }>(`${SEARCH_URL}/indexes/${index}/search`, {
        params: { q: query.trim(), page, hitsPerPage: 24 },
      }),
    );
    return res.data.hits.filter((h) => h.score > 0.2);
  }
}
