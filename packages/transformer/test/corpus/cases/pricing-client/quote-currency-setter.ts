// origin: shape of a pricing client that exposes its currency through a getter/setter pair over a backing field (never a verbatim copy)
// category: pricing-client
// decorators: legacy
// expect: clean
// why: the getter `currency` reads the backing field `_currency`, which carries @cacheKey; the setter only validates; the memoised body is otherwise built from its parameters and the injected client (principles 2 and 3).
import Stripe from 'stripe';
import { cacheKey, memoize } from 'keyproof';

const SUPPORTED = new Set(['usd', 'eur', 'gbp', 'cad', 'aud']);

export interface PlanQuote {
  productName: string;
  currency: string;
  monthlyCents: number | null;
  yearlyCents: number | null;
}

export class PlanQuoter {
  /** The storefront's currency; quotes differ per currency. */
  @cacheKey
  private _currency = 'usd';

  constructor(private readonly stripe: Stripe) {}

  get currency(): string {
    return this._currency;
  }

  set currency(value: string) {
    const c = value.toLowerCase();
    if (!SUPPORTED.has(c)) throw new Error(`unsupported currency ${value}`);
    this._currency = c;
  }

  @memoize({ version: 'plan-quote-v2', ttl: '1h', cost: 0.0002 })
  async quote(productId: string): Promise<PlanQuote> {
    const [product, prices] = await Promise.all([
      this.stripe.products.retrieve(productId),
      this.stripe.prices.list({ product: productId, active: true, limit: 20 }),
    ]);
    const inCurrency = prices.data.filter((p) => p.currency === this.currency);
    const pick = (interval: 'month' | 'year') => inCurrency.find((p) => p.recurring?.interval === interval)?.unit_amount ?? null;
    return { productName: product.name, currency: this.currency, monthlyCents: pick('month'), yearlyCents: pick('year') };
  }
}
