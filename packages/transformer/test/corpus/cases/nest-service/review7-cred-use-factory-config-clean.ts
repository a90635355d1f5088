// origin: review probe: a Stripe service whose key a Nest provider factory reads from ConfigService (useFactory: (config) => new …(config.getOrThrow(…)))
// category: nest-service
// decorators: legacy
// expect: clean
// why: the only construction gives the platform's own key from the process's configuration, so the key only lets the calls in (principle 3: a credential).
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Stripe from 'stripe';
import { memoize } from 'keyproof';

@Injectable()
export class CatalogPrices {
  private readonly stripe: Stripe;

  constructor(secretKey: string) {
    this.stripe = new Stripe(secretKey, { apiVersion: '2024-06-20' });
  }

  @memoize({ version: 'catalog-prices-v1', ttl: '15m' })
  async pricesFor(productId: string): Promise<string[]> {
    const page = await this.stripe.prices.list({ product: productId, active: true, limit: 100 });
    return page.data.map((p) => p.id);
  }
}

export const catalogPricesProvider = {
  provide: CatalogPrices,
  inject: [ConfigService],
  useFactory: (config: ConfigService) => new CatalogPrices(config.getOrThrow<string>('STRIPE_SECRET_KEY')),
};
