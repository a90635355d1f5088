// origin: shape of a NestJS storefront catalogue service that copies the shop currency from ConfigService into a private field at construction
// category: nest-service
// decorators: tc39
// expect: KP* currency|#currency
// why: the memoised method sends this.#currency (plain data loaded from configuration in the constructor) to the catalogue API, and it is neither in the key nor excluded.
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { memoize } from 'keyproof';

export interface PriceRow {
  sku: string;
  amountMinor: number;
  currency: string;
}

export interface CatalogApi {
  listPrices(params: { productId: string; currency: string; includeTax: boolean }): Promise<PriceRow[]>;
}

export interface CatalogEntry {
  productId: string;
  prices: PriceRow[];
  cheapestMinor: number | null;
}

@Injectable()
export class StorefrontCatalogService {
  readonly #logger = new Logger('StorefrontCatalogService');
  readonly #currency: string;

  constructor(
    private readonly catalog: CatalogApi,
    config: ConfigService,
  ) {
    this.#currency = (config.get<string>('storefront.currency') ?? 'EUR').toUpperCase();
  }

  @memoize({ version: 'catalog-entry-v2', ttl: '1h' })
  async catalogEntry(productId: string): Promise<CatalogEntry> {
    this.#logger.debug(`loading prices for ${productId}`);
    const prices = await this.catalog.listPrices({
      productId,
      currency: this.#currency,
      includeTax: true,
    });
    const cheapestMinor = prices.length > 0 ? Math.min(...prices.map((p) => p.amountMinor)) : null;
    return { productId, prices, cheapestMinor };
  }
}
