// origin: shape of a per-tenant NestJS catalog service whose tenant id is a keyed field
// category: nest-service
// decorators: tc39
// expect: clean
// key: this.tenantId
// why: the tenant field shapes the request and is declared a key field with @cacheKey; everything else is a constant or an injected service
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize, cacheKey } from 'keyproof';

const CATALOG_URL = 'https://catalog.internal.example.com/v3';

export interface CatalogItem {
  sku: string;
  title: string;
  priceCents: number;
}

@Injectable()
export class TenantCatalog {
  @cacheKey readonly tenantId: string;

  constructor(
    tenantId: string,
    private readonly http: HttpService,
  ) {
    this.tenantId = tenantId;
  }

  @memoize({ version: 'v2', ttl: '1h', cost: 0.001 })
  async item(sku: string): Promise<CatalogItem | null> {
    const res = await firstValueFrom(
      this.http.get<CatalogItem[]>(`${CATALOG_URL}/tenants/${this.tenantId}/items`, {
        params: { sku: sku.toUpperCase() },
      }),
    );
    return res.data.find((i) => i.sku === sku.toUpperCase()) ?? null;
  }
}
