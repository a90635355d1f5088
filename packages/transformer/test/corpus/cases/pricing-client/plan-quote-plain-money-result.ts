// origin: shape of a subscription-plan pricing client that returns plain money records and formats them outside the memoised call
// category: pricing-client
// decorators: tc39
// expect: clean
// why: the result is plain data (a money record is an interface, the line totals are built with reduce), and formatting happens in a module helper outside the memoised method.
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface MoneyAmount {
  readonly amountMinor: number;
  readonly currency: string;
}

export function formatMoney(m: MoneyAmount, locale = 'en-US'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency }).format(m.amountMinor / 100);
}

export interface SeatQuote {
  lookupKeys: readonly string[];
  seats: number;
  lines: { lookupKey: string; unit: MoneyAmount }[];
  total: MoneyAmount;
}

export class SeatPricingClient {
  constructor(private readonly stripe: Stripe) {}

  @memoize({ version: 'seat-quote-v1', ttl: '1h' })
  async quote(lookupKeys: readonly string[], seats: number): Promise<SeatQuote> {
    const { data } = await this.stripe.prices.list({ lookup_keys: [...lookupKeys], active: true, limit: lookupKeys.length });
    const lines = data.map((p) => ({
      lookupKey: p.lookup_key ?? p.id,
      unit: { amountMinor: p.unit_amount ?? 0, currency: p.currency },
    }));
    const total = lines.reduce<MoneyAmount>(
      (sum, line) => ({ amountMinor: sum.amountMinor + line.unit.amountMinor * seats, currency: line.unit.currency }),
      { amountMinor: 0, currency: lines[0]?.unit.currency ?? 'usd' },
    );
    return { lookupKeys, seats, lines, total };
  }
}
