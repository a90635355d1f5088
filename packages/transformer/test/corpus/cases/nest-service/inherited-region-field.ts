// origin: shape of a NestJS catalogue module with a base service holding per-instance config (region) and feature services extending it
// category: nest-service
// decorators: legacy
// expect: KP91040 region
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

export interface Product { sku: string; title: string; priceCents: number }

export abstract class RegionalApiService {
  protected constructor(protected readonly http: HttpService, protected readonly region: 'eu' | 'us' | 'apac') {}

  protected baseUrl(): string {
    return `https://catalog.internal/api/v2`;
  }
}

@Injectable()
export class ProductCatalogService extends RegionalApiService {
  constructor(http: HttpService) {
    super(http, 'eu');
  }

  /** Product details as the storefront of this region shows them. */
  @memoize({ ttl: '1h' })
  async product(sku: string): Promise<Product> {
    const { data } = await firstValueFrom(this.http.get<Product>(`${this.baseUrl()}/${this.region}/products/${encodeURIComponent(sku)}`));
    return data;
  }
}
