// origin: shape of a pricing module that builds its quote API client once at load from environment variables
// category: pricing-client
// decorators: tc39
// expect: KP* pricingApi|PRICING_REGION|process.env
// why: an object of functions a program factory made at load from process.env answers according to that configuration; it reaches upstream unkeyed
import { memoize } from 'keyproof';

interface QuoteApiOptions {
  baseUrl: string;
  region: string;
  priceBook: string;
}

export interface Quote {
  sku: string;
  unitPriceCents: number;
  currency: string;
}

function createQuoteApi(opts: QuoteApiOptions) {
  return {
    async quote(sku: string, qty: number): Promise<Quote> {
      const res = await fetch(`${opts.baseUrl}/v1/quote?sku=${encodeURIComponent(sku)}&qty=${qty}&region=${opts.region}&book=${opts.priceBook}`);
      return (await res.json()) as Quote;
    },
  };
}

const pricingApi = createQuoteApi({
  baseUrl: 'https://pricing.internal.example',
  region: process.env.PRICING_REGION ?? 'eu-west-1',
  priceBook: process.env.PRICE_BOOK ?? 'list',
});

export const quoteFor = memoize(
  async function quoteFor(sku: string, qty: number): Promise<Quote> {
    const q = await pricingApi.quote(sku, qty);
    return { sku: q.sku, unitPriceCents: q.unitPriceCents, currency: q.currency };
  },
  { version: 'quote-v1', ttl: '1h', cost: 0.0005 },
);
