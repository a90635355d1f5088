// origin: shape of a Nest-style quoting service whose value object hides its amount in an ECMAScript private field (your own writing)
// category: nest-service
// decorators: tc39
// expect: KP* quote
// why: the declared result `Quote` has a `#cents` private field that the store cannot see, so a hit could not give back what went in (return value)
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export class Quote {
  #cents: number;
  constructor(public readonly priceId: string, cents: number, public readonly currency: string) {
    this.#cents = cents;
  }
  get cents(): number {
    return this.#cents;
  }
  total(quantity: number): number {
    return this.#cents * quantity;
  }
}

export class QuoteService {
  constructor(private readonly stripe: Stripe) {}

  @memoize({ version: 'q1', ttl: '30m', cost: 0.001 })
  async quote(priceId: string): Promise<Quote> {
    const price = await this.stripe.prices.retrieve(priceId);
    return new Quote(price.id, price.unit_amount ?? 0, price.currency);
  }
}
