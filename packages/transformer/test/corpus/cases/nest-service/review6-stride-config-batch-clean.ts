// origin: review probe: a NestJS service fetching prices in batches of a configured size, results flattened
// category: nest-service
// decorators: legacy
// expect: clean
// why: every id is asked once whatever the batch size and the flat results are the same: a stride (principle 3).
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { memoize } from 'keyproof';

interface Price { sku: string; cents: number }

@Injectable()
export class PriceLookup {
  constructor(private readonly config: ConfigService) {}

  @memoize({ version: 'prices-v1', ttl: '15m' })
  async prices(skus: string[]): Promise<Price[]> {
    const size = this.config.get<number>('PRICE_BATCH') ?? 100;
    const out: Price[] = [];
    for (let i = 0; i < skus.length; i += size) {
      const res = await fetch(`https://pricing.internal/v1/prices?sku=${skus.slice(i, i + size).join(',')}`);
      out.push(...((await res.json()) as Price[]));
    }
    return out;
  }
}
