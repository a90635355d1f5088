// origin: shape of a quote client that brands its results with a registered symbol so other modules can recognise them (your own writing, never a verbatim copy)
// category: pricing-client
// decorators: tc39
// expect: KP* quoteFor
// why: return value: the declared result carries a symbol value, which cannot survive the store
import { memoize } from 'keyproof';

export const QUOTE_BRAND: unique symbol = Symbol.for('acme.pricing.quote');

export interface BrandedQuote {
  brand: typeof QUOTE_BRAND;
  sku: string;
  cents: number;
}

interface PricingApi {
  price(sku: string, qty: number): Promise<{ cents: number }>;
}

export class QuoteClient {
  constructor(private readonly api: PricingApi) {}

  @memoize({ version: 'q-v1', ttl: '1h', cost: 0.0003 })
  async quoteFor(sku: string, qty: number): Promise<BrandedQuote> {
    const { cents } = await this.api.price(sku, qty);
    return { brand: QUOTE_BRAND, sku, cents };
  }
}
