// origin: shape of a NestJS catalogue service whose tenant comes from a request-scoped context provider
// category: nest-service
// decorators: legacy
// expect: KP* getTenantId|tenantId|tenantContext
// why: the tenant is request identity reached through a provider method; it selects the upstream catalogue but is not in the key
import { Injectable, Inject, Scope, Logger } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import type { Request } from 'express';
import { memoize } from 'keyproof';

export const REQUEST = Symbol('REQUEST');

export interface CatalogueItem {
  sku: string;
  title: string;
  priceCents: number;
}

@Injectable({ scope: Scope.REQUEST })
export class TenantContext {
  constructor(@Inject(REQUEST) private readonly req: Request) {}

  getTenantId(): string {
    return this.req.header('x-tenant-id') ?? 'public';
  }
}

@Injectable()
export class CatalogueService {
  private readonly logger = new Logger(CatalogueService.name);

  constructor(
    private readonly http: HttpService,
    private readonly tenantContext: TenantContext,
  ) {}

  @memoize({ version: 'cat-v2', ttl: '1h', cost: 0.002 })
  async search(term: string, page: number): Promise<CatalogueItem[]> {
    const tenantId = this.tenantContext.getTenantId();
    this.logger.debug(`catalogue search "${term}" page ${page}`);
    const res = await firstValueFrom(
      this.http.get<{ items: CatalogueItem[] }>('https://catalogue.internal/v3/search', {
        params: { q: term.trim(), page, tenant: tenantId },
      }),
    );
    return res.data.items;
  }
}
