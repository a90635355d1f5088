// origin: shape of a subscription-plan pricing client that returns a Money value object (with arithmetic and formatting methods) inside its quote
// category: pricing-client
// decorators: tc39
// expect: clean
// why: written blind as must-fail ("KP* Money|total": a class with methods in the result would come back plain); corrected to clean in round 5, because `Money` is named by the declared return type, so the plan lists it as a result class and a hit gives it back as a `Money` (what comes back is what went in, DESIGN wave 3).
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export class Money {
  constructor(
    readonly amountMinor: number,
    readonly currency: string,
  ) {}

  add(other: Money): Money {
    if (other.currency !== this.currency) throw new Error('currency mismatch');
    return new Money(this.amountMinor + other.amountMinor, this.currency);
  }

  times(n: number): Money {
    return new Money(this.amountMinor * n, this.currency);
  }

  format(locale = 'en-US'): string {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: this.currency }).format(this.amountMinor / 100);
  }
}

export interface PlanQuote {
  lookupKey: string;
  interval: 'month' | 'year' | null;
  seats: number;
  total: Money;
}

export class PlanPricingClient {
  constructor(private readonly stripe: Stripe) {}

  @memoize({ version: 'plan-quote-v1', ttl: '1h' })
  async quote(lookupKey: string, seats: number): Promise<PlanQuote> {
    const { data } = await this.stripe.prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 });
    const price = data[0];
    if (!price) throw new Error(`unknown plan ${lookupKey}`);
    const unit = new Money(price.unit_amount ?? 0, price.currency);
    return { lookupKey, interval: price.recurring?.interval ?? null, seats, total: unit.times(seats) };
  }
}
