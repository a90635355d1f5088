// origin: shape of a request-scoped Nest service that keys on the tenant field and keeps a display label out of the key (your own writing)
// category: nest-service
// decorators: legacy
// expect: clean
// key: this.tenantId
// why: the tenant id is a `@cacheKey` field; the `@notKey` label only reaches the logger; the HTTP client is injected
import { Injectable, Logger, Scope } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize, cacheKey, notKey } from 'keyproof';

export interface Invoice { number: string; dueCents: number; status: string }

@Injectable({ scope: Scope.REQUEST })
export class TenantInvoices {
  @cacheKey tenantId = '';
  @notKey('display name for logs') tenantLabel = '';
  private readonly logger = new Logger('tenant-invoices');

  constructor(private readonly http: HttpService) {}

  forTenant(id: string, label: string): this {
    this.tenantId = id;
    this.tenantLabel = label;
    return this;
  }

  @memoize({ version: 'inv-v1', ttl: '5m', cost: 0.0002 })
  async openInvoices(limit = 20): Promise<Invoice[]> {
    this.logger.log(`open invoices for ${this.tenantLabel}`);
    const res = await firstValueFrom(
      this.http.get<Invoice[]>(`https://billing.internal/tenants/${this.tenantId}/invoices`, { params: { status: 'open', limit } }),
    );
    return res.data;
  }
}
