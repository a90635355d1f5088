// origin: shape of a NestJS reporting module that injects an abstract class as its token (the Nest idiom for swappable implementations)
// category: nest-service
// decorators: legacy
// expect: KP91020 since
import { Injectable } from '@nestjs/common';
import { memoize } from 'keyproof';

export interface UsageReport { accountId: string; since: string; apiCalls: number; storageGb: number }
interface Warehouse { query(sql: string, params: unknown[]): Promise<{ calls: number; gb: number }[]> }

export abstract class UsageReportGenerator {
  abstract generate(accountId: string, since: string): Promise<UsageReport>;
}

@Injectable()
export class WarehouseUsageReportGenerator extends UsageReportGenerator {
  constructor(private readonly warehouse: Warehouse) {
    super();
  }

  @memoize({ ttl: '1h' })
  async generate(accountId: string, since: string): Promise<UsageReport> {
    const [row] = await this.warehouse.query('select sum(calls) calls, max(gb) gb from usage where account = $1 and at >= $2', [accountId, since]);
    return { accountId, since, apiCalls: row?.calls ?? 0, storageGb: row?.gb ?? 0 };
  }
}

@Injectable()
export class BillingDashboardService {
  constructor(private readonly reports: UsageReportGenerator) {}

  async last30Days(accountId: string): Promise<UsageReport> {
    const since = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString();
    return this.reports.generate(accountId, since);
  }
}
