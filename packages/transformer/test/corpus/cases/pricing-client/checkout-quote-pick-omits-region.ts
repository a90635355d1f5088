// origin: shape of a Stripe-backed checkout quote client that keys on picked properties of the quote request but also sends the buyer's region to the tax service
// category: pricing-client
// decorators: legacy
// expect: KP* region
// why: @cacheKey('sku', 'quantity') keys on two properties only, yet the body sends `request.region` to the tax lookup, which changes the total.
import Stripe from 'stripe';
import { cacheKey, memoize } from 'keyproof';

export interface QuoteRequest {
  sku: string;
  quantity: number;
  region: string;
  couponCode?: string;
}

export interface CheckoutQuote {
  sku: string;
  quantity: number;
  currency: string;
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
}

export interface TaxRates {
  rateFor(region: string, productId: string): Promise<number>;
}

export class CheckoutQuoteClient {
  constructor(
    private readonly stripe: Stripe,
    private readonly tax: TaxRates,
  ) {}

  @memoize({ version: 'checkout-quote-v5', ttl: '15m', cost: 0.0005 })
  async quote(@cacheKey('sku', 'quantity') request: QuoteRequest): Promise<CheckoutQuote> {
    const { data } = await this.stripe.prices.list({ lookup_keys: [request.sku], active: true, limit: 1 });
    const price = data[0];
    if (!price || price.unit_amount === null) throw new Error(`no active price for ${request.sku}`);
    const subtotalMinor = price.unit_amount * request.quantity;
    const rate = await this.tax.rateFor(request.region, price.product);
    const taxMinor = Math.round(subtotalMinor * rate);
    return {
      sku: request.sku,
      quantity: request.quantity,
      currency: price.currency,
      subtotalMinor,
      taxMinor,
      totalMinor: subtotalMinor + taxMinor,
    };
  }
}
