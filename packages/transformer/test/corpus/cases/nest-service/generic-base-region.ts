// origin: shape of a NestJS catalog module where a generic base service holds the tenant's region and subclasses memoise lookups (your own writing)
// category: nest-service
// decorators: legacy
// expect: KP* region
// why: `this.region` is a base-class field set from a constructor argument; it shapes the upstream URL but is neither keyed nor excluded (nothing less)
import { Injectable, Logger } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

export interface CatalogItem { sku: string; title: string; priceCents: number }

export abstract class RegionalCatalogBase<T> {
  protected readonly logger = new Logger('catalog');
  constructor(protected readonly http: HttpService, protected region: string) {}

  protected endpoint(path: string): string {
    return `https://${this.region}.catalog.example.com/v2/${path}`;
  }

  protected async getJson(path: string): Promise<T> {
    const res = await firstValueFrom(this.http.get<T>(this.endpoint(path)));
    return res.data;
  }
}

@Injectable()
export class ItemCatalogService extends RegionalCatalogBase<CatalogItem> {
  constructor(http: HttpService) {
    super(http, 'eu-west');
  }

  moveTo(region: string): void {
    this.region = region;
  }

  @memoize({ version: 'v1', ttl: '1h', cost: 0.001 })
  async item(sku: string): Promise<CatalogItem> {
    this.logger.debug(`catalog lookup ${sku}`);
    return this.getJson(`items/${encodeURIComponent(sku)}`);
  }
}
