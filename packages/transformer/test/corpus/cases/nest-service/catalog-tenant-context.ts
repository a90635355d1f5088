// origin: shape of a NestJS catalog service that asks a small TenantContext helper (request-scoped) which storefront is calling
// category: nest-service
// decorators: legacy
// expect: KP* storefront|request|currentStorefront
// why: a helper service's method that reads the injected REQUEST is still the request being served; it shapes the upstream query unkeyed
import { Injectable, Inject, Scope } from '@nestjs/common';
import { REQUEST } from '@nestjs/core';
import type { Request } from 'express';
import { memoize } from 'keyproof';

interface SearchClient {
  search(index: string, body: { query: string; filters: Record<string, string>; size: number }): Promise<{ hits: { id: string; title: string; score: number }[] }>;
}

@Injectable({ scope: Scope.REQUEST })
export class TenantContext {
  constructor(@Inject(REQUEST) private readonly req: Request) {}

  currentStorefront(): string {
    return this.req.header('x-storefront') ?? this.req.params['storefront'] ?? 'default';
  }
}

export interface CatalogHit {
  id: string;
  title: string;
}

@Injectable()
export class CatalogSearchService {
  constructor(
    @Inject('SEARCH_CLIENT') private readonly client: SearchClient,
    private readonly tenant: TenantContext,
  ) {}

  @memoize({ version: 'v3', ttl: '15m', cost: 0.0005 })
  async search(query: string, size: number): Promise<CatalogHit[]> {
    const storefront = this.tenant.currentStorefront();
    const result = await this.client.search('products', {
      query: query.trim(),
      filters: { storefront },
      size,
    });
    return result.hits.map((h) => ({ id: h.id, title: h.title }));
  }
}
