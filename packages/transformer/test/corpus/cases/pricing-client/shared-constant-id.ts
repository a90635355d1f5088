// origin: shape of a pricing module with a CacheIds constant object (ids kept in one place), copy-pasted into a second client that reuses the same id
// category: pricing-client
// decorators: tc39
// expect: KP91006 pricing.quote
import { memoize } from 'keyproof';

export const CacheIds = {
  quote: 'pricing.quote',
  catalogue: 'pricing.catalogue',
} as const;

interface Api { get<T>(path: string): Promise<T> }

export class RetailPricing {
  constructor(private readonly api: Api) {}

  @memoize({ id: CacheIds.quote, ttl: '1h' })
  async quote(sku: string, qty: number): Promise<number> {
    return this.api.get<number>(`/retail/quote?sku=${sku}&qty=${qty}`);
  }
}

export class WholesalePricing {
  constructor(private readonly api: Api) {}

  @memoize({ id: CacheIds.quote, ttl: '1h' })
  async quote(sku: string, qty: number): Promise<number> {
    return this.api.get<number>(`/wholesale/quote?sku=${sku}&qty=${qty}`);
  }
}
