// origin: shape of a request-scoped NestJS catalogue service fed by a tenant middleware (never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: KP91040|KP91046 request
// why: the memoised search reads the tenant header from the injected request (a field typed as the request being served) and sends it upstream, and nothing decides it (principle 2).
import { Inject, Injectable, Scope } from '@nestjs/common';
import { REQUEST } from '@nestjs/core';
import type { Request } from 'express';
import { memoize } from 'keyproof';

export interface CatalogHit {
  sku: string;
  title: string;
  priceCents: number;
}

export interface SearchBackend {
  query(index: string, body: { q: string; size: number; filters: Record<string, string> }): Promise<{ hits: CatalogHit[] }>;
}

/**
 * TenantMiddleware (apps/api/src/tenant.middleware.ts) validates `x-tenant-id` and leaves it on
 * the request; each request gets its own instance of this service.
 */
@Injectable({ scope: Scope.REQUEST })
export class CatalogSearchService {
  constructor(
    @Inject(REQUEST) private readonly request: Request,
    @Inject('SEARCH_BACKEND') private readonly backend: SearchBackend,
  ) {}

  private tenantIndex(): string {
    const tenant = this.request.header('x-tenant-id') ?? 'public';
    return `catalog-${tenant.toLowerCase()}`;
  }

  /** Full-text search over the tenant's catalogue. */
  @memoize({ version: 'catalog-search-v4', ttl: '10m', cost: 0.0002 })
  async search(q: string, size = 20, category?: string): Promise<CatalogHit[]> {
    const filters: Record<string, string> = {};
    if (category) filters.category = category;
    const { hits } = await this.backend.query(this.tenantIndex(), { q: q.trim(), size, filters });
    return hits;
  }
}
