// origin: shape of a Stripe price-list client that formats amounts with a static readonly currency table (never a verbatim copy)
// category: pricing-client
// decorators: tc39
// expect: clean
// why: the static field is readonly and built only from literals (`as const`), a compile-time constant; the Stripe client is injected; everything else comes from the key parameters (principle 3).
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface DisplayPrice {
  lookupKey: string;
  currency: string;
  amount: string;
  interval: 'month' | 'year' | null;
}

export class DisplayPriceList {
  /** ISO 4217 minor units for the currencies we sell in. */
  static readonly MINOR_UNITS = { usd: 2, eur: 2, gbp: 2, jpy: 0, krw: 0 } as const;

  static format(amountMinor: number, currency: string): string {
    const digits = DisplayPriceList.MINOR_UNITS[currency as keyof typeof DisplayPriceList.MINOR_UNITS] ?? 2;
    return (amountMinor / 10 ** digits).toFixed(digits);
  }

  constructor(private readonly stripe: Stripe) {}

  @memoize({ version: 'display-prices-v1', ttl: '1h', cost: 0.0001 })
  async prices(productId: string): Promise<DisplayPrice[]> {
    const { data } = await this.stripe.prices.list({ product: productId, active: true, limit: 100 });
    return data.map((p) => ({
      lookupKey: p.lookup_key ?? p.id,
      currency: p.currency.toUpperCase(),
      amount: DisplayPriceList.format(p.unit_amount ?? 0, p.currency),
      interval: p.recurring?.interval ?? null,
    }));
  }
}
