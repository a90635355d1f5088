// origin: shape of a NestJS customer-lookup service that splits id lists into warehouse queries (never a verbatim copy)
// category: data-api
// decorators: legacy
// expect: clean
// why: the batch size from configuration only decides how the same ids are split into queries; the rows returned are the same for any value (principle 3, stride not size).
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { memoize } from 'keyproof';

export interface Warehouse {
  query<T>(sql: string, params: unknown[]): Promise<T[]>;
}

export interface CustomerRow {
  id: string;
  name: string;
  country: string;
  lifetimeValueCents: number;
}

@Injectable()
export class CustomerLookupService {
  // BigQuery limits parameter arrays; 500 ids per query keeps us under it.
  private readonly lookupBatchSize: number;

  constructor(@Inject('WAREHOUSE') private readonly warehouse: Warehouse, config: ConfigService) {
    this.lookupBatchSize = config.get<number>('WAREHOUSE_LOOKUP_BATCH') ?? 500;
  }

  @memoize({ version: 'customers-v2', ttl: '1h', cost: 0.005 })
  async customersByIds(ids: string[]): Promise<CustomerRow[]> {
    const rows: CustomerRow[] = [];
    for (let i = 0; i < ids.length; i += this.lookupBatchSize) {
      const batch = ids.slice(i, i + this.lookupBatchSize);
      rows.push(...(await this.warehouse.query<CustomerRow>(
        'SELECT id, name, country, lifetime_value_cents AS lifetimeValueCents FROM customers WHERE id IN UNNEST(?)',
        [batch],
      )));
    }
    return rows.sort((a, b) => a.id.localeCompare(b.id));
  }
}
