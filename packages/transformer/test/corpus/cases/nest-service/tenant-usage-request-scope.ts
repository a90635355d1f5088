// origin: shape of a multi-tenant NestJS billing dashboard with a request-scoped tenant context (never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: KP91046|KP91040 request
// why: the tenant comes from the request being served, reached through the TenantContext service, and it is sent upstream as the account filter with no key decision (principle 2).
import { Inject, Injectable, Scope } from '@nestjs/common';
import { REQUEST } from '@nestjs/core';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import type { Request } from 'express';
import { memoize } from 'keyproof';

/** Resolves the tenant of the current HTTP request (set by the API gateway). */
@Injectable({ scope: Scope.REQUEST })
export class TenantContext {
  constructor(@Inject(REQUEST) private readonly request: Request) {}

  tenantId(): string {
    const header = this.request.header('x-tenant-id');
    if (!header) throw new Error('missing x-tenant-id');
    return header;
  }
}

export interface UsageRow {
  meter: string;
  quantity: number;
}

@Injectable({ scope: Scope.REQUEST })
export class UsageReportService {
  constructor(
    private readonly http: HttpService,
    private readonly tenants: TenantContext,
  ) {}

  /** Monthly usage per meter, from the metering service (expensive aggregation). */
  @memoize({ version: 'usage-v1', ttl: '1h', cost: 0.002 })
  async monthlyUsage(month: string): Promise<UsageRow[]> {
    const account = this.tenants.tenantId();
    const { data } = await firstValueFrom(
      this.http.get<{ rows: UsageRow[] }>('https://metering.internal/v1/usage', {
        params: { month, account },
      }),
    );
    return data.rows.filter((r) => r.quantity > 0);
  }
}
