// origin: shape of a NestJS customer-search service with a configurable result limit (never a verbatim copy)
// category: data-api
// decorators: legacy
// expect: KP91040 searchLimit
// why: the limit from configuration decides how many rows come back, so the plain-data field shapes the answer and needs a decision (principle 2, size not stride).
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
export class CustomerSearchService {
  // Product wants shorter result lists on mobile; set per deployment.
  private readonly searchLimit: number;

  constructor(@Inject('WAREHOUSE') private readonly warehouse: Warehouse, config: ConfigService) {
    this.searchLimit = config.get<number>('CUSTOMER_SEARCH_LIMIT') ?? 50;
  }

  @memoize({ version: 'customer-search-v2', ttl: '1h', cost: 0.005 })
  async search(country: string, namePrefix: string): Promise<CustomerRow[]> {
    return this.warehouse.query<CustomerRow>(
      `SELECT id, name, country, lifetime_value_cents AS lifetimeValueCents
         FROM customers
        WHERE country = ? AND STARTS_WITH(LOWER(name), ?)
        ORDER BY lifetime_value_cents DESC
        LIMIT ?`,
      [country, namePrefix.toLowerCase(), this.searchLimit],
    );
  }
}
