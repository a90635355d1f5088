// origin: shape of a Nest reporting service instantiated per tenant that keys on its tenant field
// category: nest-service
// decorators: tc39
// expect: clean
// key: this.tenantId
// why: the per-instance tenant is declared a key field with @cacheKey; the request id is only logged
import { Injectable, Logger } from '@nestjs/common';
import { memoize, cacheKey } from 'keyproof';
import { v4 as uuid } from 'uuid';

interface ReportsApi {
  usage(params: { tenant: string; month: string; granularity: 'day' | 'week' }): Promise<{ rows: { day: string; units: number }[] }>;
}

@Injectable()
export class UsageReportService {
  @cacheKey
  private readonly tenantId: string;
  private readonly logger = new Logger('UsageReportService');

  constructor(
    tenantId: string,
    private readonly reports: ReportsApi,
  ) {
    this.tenantId = tenantId;
  }

  @memoize({ version: 'usage-v3', ttl: '6h', cost: 0.03 })
  async monthly(month: string, weekly: boolean): Promise<{ day: string; units: number }[]> {
    const requestId = uuid();
    this.logger.log('usage report', { requestId, month });
    const { rows } = await this.reports.usage({
      tenant: this.tenantId,
      month,
      granularity: weekly ? 'week' : 'day',
    });
    return rows.filter((r) => r.units > 0);
  }
}
