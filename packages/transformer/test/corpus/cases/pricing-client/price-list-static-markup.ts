// origin: shape of a Stripe price-list client whose reseller markup is a static set from an admin endpoint (never a verbatim copy)
// category: pricing-client
// decorators: tc39
// expect: KP91046 markup
// why: the static field `markup` is changed at run time by setMarkup() and multiplies every amount the memoised method returns, with no key decision, so a changed markup keeps serving old prices (principle 2).
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface ResellerPrice {
  lookupKey: string;
  currency: string;
  amountCents: number;
  interval: 'month' | 'year' | null;
}

export class ResellerPriceList {
  /** Reseller uplift on list price; ops adjust it from the admin console. */
  static markup = 1.15;

  static setMarkup(value: number): void {
    if (value < 1 || value > 3) throw new RangeError(`markup ${value} out of range`);
    ResellerPriceList.markup = value;
  }

  constructor(private readonly stripe: Stripe) {}

  @memoize({ version: 'reseller-prices-v2', ttl: '1h', cost: 0.0001 })
  async prices(lookupKeys: readonly string[]): Promise<ResellerPrice[]> {
    const { data } = await this.stripe.prices.list({ lookup_keys: [...lookupKeys], active: true, limit: 100 });
    return data.map((p) => ({
      lookupKey: p.lookup_key ?? p.id,
      currency: p.currency,
      amountCents: Math.round((p.unit_amount ?? 0) * ResellerPriceList.markup),
      interval: p.recurring?.interval ?? null,
    }));
  }
}

export function adminSetMarkup(body: { markup: number }): { ok: true } {
  ResellerPriceList.setMarkup(body.markup);
  return { ok: true };
}
