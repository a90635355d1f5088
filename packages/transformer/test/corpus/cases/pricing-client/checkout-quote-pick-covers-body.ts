// origin: shape of a Stripe-backed basket quote client whose @cacheKey pick names every property the body sends, with a free-text note used only in errors
// category: pricing-client
// decorators: legacy
// expect: clean
// why: the pick holds sku, quantity and region (all the body sends upstream); `note` appears only in an error message and the Stripe account header value is a constant.
import Stripe from 'stripe';
import { cacheKey, memoize } from 'keyproof';

export interface BasketLine {
  sku: string;
  quantity: number;
  region: string;
  note?: string;
}

export interface BasketQuote {
  sku: string;
  quantity: number;
  currency: string;
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
}

export interface RegionalTax {
  rateFor(region: string, productId: string): Promise<number>;
}

const PLATFORM_ACCOUNT = 'acct_1PlatformMain';

export class BasketQuoteClient {
  constructor(
    private readonly stripe: Stripe,
    private readonly tax: RegionalTax,
  ) {}

  @memoize({ version: 'basket-quote-v2', ttl: '15m', cost: 0.0005 })
  async quote(@cacheKey('sku', 'quantity', 'region') line: BasketLine): Promise<BasketQuote> {
    const { data } = await this.stripe.prices.list(
      { lookup_keys: [line.sku], active: true, limit: 1 },
      { stripeAccount: PLATFORM_ACCOUNT },
    );
    const price = data[0];
    if (!price || price.unit_amount === null) {
      throw new Error(`no active price for ${line.sku} (basket note: ${line.note ?? 'none'})`);
    }
    const subtotalMinor = price.unit_amount * line.quantity;
    const rate = await this.tax.rateFor(line.region, price.product);
    const taxMinor = Math.round(subtotalMinor * rate);
    return {
      sku: line.sku,
      quantity: line.quantity,
      currency: price.currency,
      subtotalMinor,
      taxMinor,
      totalMinor: subtotalMinor + taxMinor,
    };
  }
}
