// origin: shape of a NestJS storefront catalogue service whose configured currency is declared part of the cache key
// category: nest-service
// decorators: tc39
// expect: clean
// key: this.currency
// why: the configured currency is read once into a field marked @cacheKey, the tax mode comes from an enum, the DEBUG switch only gates a log line.
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { cacheKey, memoize } from 'keyproof';

export enum TaxDisplay {
  Inclusive = 'inclusive',
  Exclusive = 'exclusive',
}

export interface ShopPriceRow {
  sku: string;
  amountMinor: number;
  currency: string;
}

export interface ShopCatalogApi {
  listPrices(params: { productId: string; currency: string; includeTax: boolean }): Promise<ShopPriceRow[]>;
}

export interface ShopCatalogEntry {
  productId: string;
  prices: ShopPriceRow[];
  cheapestMinor: number | null;
}

const TAX_DISPLAY = TaxDisplay.Inclusive;

@Injectable()
export class ShopCatalogService {
  private readonly logger = new Logger('ShopCatalogService');

  /** The shop's currency: prices differ per currency, so it is part of every entry's key. */
  @cacheKey
  readonly currency: string;

  constructor(
    private readonly catalog: ShopCatalogApi,
    config: ConfigService,
  ) {
    this.currency = (config.get<string>('storefront.currency') ?? 'EUR').toUpperCase();
  }

  @memoize({ version: 'shop-catalog-entry-v1', ttl: '1h' })
  async catalogEntry(productId: string): Promise<ShopCatalogEntry> {
    if (process.env.DEBUG === 'catalog') {
      this.logger.debug(`loading prices for ${productId} in ${this.currency}`);
    }
    const prices = await this.catalog.listPrices({
      productId,
      currency: this.currency,
      includeTax: TAX_DISPLAY === TaxDisplay.Inclusive,
    });
    const cheapestMinor = prices.length > 0 ? Math.min(...prices.map((p) => p.amountMinor)) : null;
    return { productId, prices, cheapestMinor };
  }
}
